/**
 * Checks FollowTheMoney entities against the model the npm package @alephdata/followthemoney ships
 * (the schemata and property types OpenSanctions, yente and Aleph read), as those tools would on
 * loading them: the schema exists and is concrete, every property exists on it (inherited ones
 * included) and is one a producer may set, every value has the form of its type, and every
 * reference points at an entity of the same export whose schema fits the property's range.
 */
import { defaultModel, Model, Property, Schema } from '@alephdata/followthemoney';

export const FTM_MODEL = new Model(defaultModel);

/**
 * The date type: an ISO 8601 prefix (`2021`, `2021-02`, `2021-02-16`, `2021-02-16T21`,
 * `2021-02-16T21:48`, `2021-02-16T21:48:52`), UTC with no zone, no weeks and no ranges, as the
 * model's description of the type says.
 */
const FTM_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d)?)?)?)?)?$/;
/** Identifier formats the model names, for the ones an export of ours can hold. */
const IDENTIFIER_FORMATS: Record<string, RegExp> = { qid: /^Q\d+$/, ogrn: /^\d{13}$/, inn: /^\d{10}(\d{2})?$/ };
const ENTITY_KEYS = ['id', 'properties', 'schema'];

export interface FtmLine {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Every problem of `entities` (one export), as `id: what is wrong`; none for a valid export. */
export function ftmProblems(entities: unknown[]): string[] {
  const problems: string[] = [];
  const schemaOf = new Map<string, Schema>();
  const references: { from: string; property: Property; to: string }[] = [];

  for (const [index, raw] of entities.entries()) {
    const entity = raw as FtmLine;
    const where = typeof entity?.id === 'string' ? entity.id : `entity #${index}`;
    const problem = (message: string) => problems.push(`${where}: ${message}`);
    if (typeof entity !== 'object' || entity === null || Object.keys(entity).sort().join() !== ENTITY_KEYS.join()) {
      problem(`must be an object of exactly ${ENTITY_KEYS.join(', ')}`);
      continue;
    }
    if (typeof entity.id !== 'string' || entity.id === '' || entity.id.length > FTM_MODEL.getType('entity').maxLength)
      problem('bad id');
    if (schemaOf.has(entity.id)) problem('id used twice');
    const schema = FTM_MODEL.schemata[entity.schema];
    if (schema === undefined) {
      problem(`no schema ${String(entity.schema)} in the model`);
      continue;
    }
    if (schema.abstract) problem(`schema ${schema.name} is abstract`);
    if (schema.deprecated) problem(`schema ${schema.name} is deprecated`);
    schemaOf.set(entity.id, schema);

    const properties = entity.properties as Record<string, unknown>;
    for (const required of requiredProperties(schema)) {
      if (!Array.isArray(properties[required]) || (properties[required] as unknown[]).length === 0)
        problem(`lacks the required ${required}`);
    }
    for (const [name, values] of Object.entries(properties)) {
      if (!schema.hasProperty(name)) {
        problem(`${schema.name} has no property ${name}`);
        continue;
      }
      const property = schema.getProperty(name);
      if (property.stub) problem(`${name} is a stub (the reverse of another entity's property), not set by producers`);
      if (property.deprecated) problem(`${name} is deprecated`);
      if (!Array.isArray(values) || values.length === 0) {
        problem(`${name} must be a non-empty list of values`);
        continue;
      }
      if (new Set(values).size !== values.length) problem(`${name} repeats a value`);
      for (const value of values) {
        const valueProblem = valueProblemOf(property, value);
        if (valueProblem !== null) problem(`${name} ${JSON.stringify(value)}: ${valueProblem}`);
        else if (property.type.isEntity) references.push({ from: entity.id, property, to: value as string });
      }
    }
  }

  for (const { from, property, to } of references) {
    const target = schemaOf.get(to);
    if (target === undefined) problems.push(`${from}: ${property.name} refers to ${to}, which is not in the export`);
    else if (!target.isA(property.getRange()))
      problems.push(`${from}: ${property.name} refers to a ${target.name}, not a ${property.getRange().name}`);
  }
  return problems;
}

/** The required properties of a schema and of every schema it extends. */
function requiredProperties(schema: Schema): Set<string> {
  return new Set([schema, ...schema.getParents()].flatMap((each) => each.required));
}

function valueProblemOf(property: Property, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'not a non-blank string';
  if (Array.from(value).length > property.maxLength) return `longer than ${property.maxLength} characters`;
  const { type } = property;
  switch (type.name) {
    case 'date':
      return FTM_DATE.test(value) && isCalendarDate(value) ? null : 'not an ISO 8601 date prefix';
    case 'country':
    case 'language':
    case 'topic':
    case 'gender':
      return type.values.has(value) ? null : `not a ${type.name} of the model`;
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value) ? null : 'not an http(s) URL';
    case 'identifier': {
      const format = property.format === null ? undefined : IDENTIFIER_FORMATS[property.format];
      return format === undefined || format.test(value) ? null : `not a ${property.format}`;
    }
    case 'entity':
      return null;
    default:
      return null;
  }
}

/** A day that exists (`2015-02-30` does not). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The lines of an FtM NDJSON file, parsed. */
export function ftmEntities(ndjson: string | Buffer): FtmLine[] {
  return ndjson
    .toString()
    .split('\n')
    .filter((text) => text !== '')
    .map((text) => JSON.parse(text) as FtmLine);
}
