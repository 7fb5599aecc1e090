import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import { Actor, recordedTransaction } from '../../db/recorded-transaction';
import { ConflictError, NotFoundError } from '../../domain/errors';
import { DesignationFields, emptyCells, overlayCells } from '../../domain/interchange/designation-fields';
import { invalidFields } from '../../domain/request-body';
import { Designation, SAME_ACTION } from '../../domain/designation';
import { findNaturalKeyTwins } from '../../queries/writes/designation-writes';
import { lockDesignation } from '../../queries/writes/record-locks';
import { getDesignation } from '../designations';
import { storedCells, writeDesignationCells } from './designation-cells';
import { assertExpectedVersion } from './versions';

/** Creates a designation from interchange fields; 409 when its id is taken or it repeats a recorded one. */
export async function createDesignation(
  db: Knex,
  actor: Actor,
  fields: DesignationFields,
  today: string,
): Promise<Designation> {
  return recordedTransaction(db, actor, async (trx) => {
    const givenId = givenIdOf(fields);
    if (givenId !== undefined && !z.guid().safeParse(givenId).success) {
      throw invalidFields('designation', [
        { parameter: 'id', value: fields.id, message: 'malformed id (expected a UUID)' },
      ]);
    }
    const id = givenId ?? randomUUID();
    if (givenId && (await lockDesignation(trx, id)))
      throw new ConflictError(`a designation with id ${id} exists already (deleted ones keep their id: restore it)`);
    await writeDesignationCells(trx, id, overlayCells(emptyCells(), { ...fields, id }), today);
    const [twin] = await findNaturalKeyTwins(trx, id);
    if (twin)
      throw new ConflictError(`designation ${twin} records the same action (${SAME_ACTION}); change it instead`);
    return getDesignation(trx, id);
  });
}

/** Changes the fields given; the rest stay as stored. */
export async function updateDesignation(
  db: Knex,
  actor: Actor,
  id: string,
  fields: DesignationFields,
  expected: number[] | undefined,
  today: string,
): Promise<Designation> {
  return recordedTransaction(db, actor, async (trx) => {
    await lockLiveDesignation(trx, id, expected);
    const givenId = givenIdOf(fields);
    if (givenId !== undefined && givenId !== id)
      throw invalidFields('designation', [
        { parameter: 'id', value: fields.id, message: 'cannot change a designation id' },
      ]);
    await writeDesignationCells(
      trx,
      id,
      overlayCells(await storedCells(trx, id, today), lawFamilyFollowsLaw(fields)),
      today,
    );
    return getDesignation(trx, id);
  });
}

/**
 * The stored law_family is the stored law's: a PATCH that names another law (or jurisdiction,
 * which laws belong to) without a family leaves the family to that law, rather than checking the
 * old law's family against it.
 */
function lawFamilyFollowsLaw(fields: DesignationFields): DesignationFields {
  const namesLaw = fields.law !== undefined || fields.jurisdiction !== undefined;
  return namesLaw && fields.law_family === undefined ? { ...fields, law_family: null } : fields;
}

export const endDesignationBody = z
  .strictObject({
    ended_on: z
      .string({ message: 'the date it ended is required: YYYY, YYYY-MM or YYYY-MM-DD' })
      .meta({ description: 'Partial date.' }),
    source_urls: z
      .array(z.string(), { message: 'at least one source for the ending is required' })
      .min(1, { message: 'at least one source for the ending is required' })
      .meta({
        description:
          'Sources for the ending, added to the designation’s sources (a URL it already cites is not repeated).',
      }),
    source_publishers: z
      .array(z.string(), { message: 'expected an array of strings' })
      .meta({ description: 'One publisher per source URL.' }),
    notes: z.string().optional().meta({ description: 'Replaces the notes, e.g. to say how it ended.' }),
  })
  .refine((body) => body.source_publishers.length === body.source_urls.length, {
    path: ['source_publishers'],
    message: 'give one publisher per source URL',
  });
export type EndDesignationBody = z.output<typeof endDesignationBody>;

/** Sets ended_on, with at least one source for it; 409 when it has ended already (PATCH corrects a date). */
export async function endDesignation(
  db: Knex,
  actor: Actor,
  id: string,
  body: EndDesignationBody,
  expected: number[] | undefined,
  today: string,
): Promise<Designation> {
  return recordedTransaction(
    db,
    actor,
    async (trx) => {
      await lockLiveDesignation(trx, id, expected);
      const cells = await storedCells(trx, id, today);
      if (cells.ended_on !== '')
        throw new ConflictError(
          `designation ${id} has ended already (on ${String(cells.ended_on)}); PATCH ended_on to correct the date`,
        );
      const urls = [...(cells.source_urls as string[])];
      const publishers = [...(cells.source_publishers as string[])];
      body.source_urls.forEach((url, index) => {
        if (urls.includes(url.trim())) return;
        urls.push(url.trim());
        publishers.push(body.source_publishers[index]);
      });
      const ended = {
        ended_on: body.ended_on,
        source_urls: urls,
        source_publishers: publishers,
        ...(body.notes === undefined ? {} : { notes: body.notes }),
      };
      await writeDesignationCells(trx, id, overlayCells(cells, ended), today);
      return getDesignation(trx, id);
    },
    'end',
  );
}

/** The id a body gives, lower case as stored, if any. */
function givenIdOf(fields: DesignationFields): string | undefined {
  return typeof fields.id === 'string' && fields.id.trim() !== '' ? fields.id.trim().toLowerCase() : undefined;
}

/** Locks a designation that is not deleted (a deleted one is not found, as for reads). */
export async function lockLiveDesignation(trx: Knex, id: string, expected: number[] | undefined): Promise<void> {
  const locked = await lockDesignation(trx, id);
  if (!locked || locked.deleted) throw new NotFoundError(`no designation has id ${id}`);
  assertExpectedVersion(`designation ${id}`, locked.version, expected);
}
