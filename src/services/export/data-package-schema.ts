/**
 * The Frictionless Data Package (https://specs.frictionlessdata.io) describing the whole dataset:
 * one tabular resource per table, every field typed and described, vocabularies as `enum`
 * constraints, primary and foreign keys. The SQL that produces each CSV is in src/queries/data-package-tables.ts.
 */
import {
  CONFIDENCE_LEVELS,
  IDENTIFIER_SCHEMES,
  LAW_FAMILIES,
  MEASURES,
  NAME_KINDS,
  ORGANIZATION_KINDS,
  REASON_TAGS,
  REASONS_FORMS,
  STATUSES,
} from '../../domain/vocabularies';
import type { DataPackageTable } from '../../queries/data-package-tables';

interface Field {
  name: string;
  type: 'string' | 'integer' | 'datetime';
  format?: 'uuid' | 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string };
}

export interface TableResource {
  name: DataPackageTable;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const ISO_CODE = '^[A-Z]{2}$';
const required = { required: true };
const uuid = (name: string, description: string, isRequired = true): Field => ({
  name,
  type: 'string',
  format: 'uuid',
  description,
  constraints: isRequired ? required : {},
});
const text = (name: string, description: string, constraints?: Field['constraints']): Field => ({
  name,
  type: 'string',
  description,
  ...(constraints ? { constraints } : {}),
});
const partialDate = (name: string, description: string, isRequired = false): Field =>
  text(name, `${description} A partial date: YYYY, YYYY-MM or YYYY-MM-DD; its length is its precision.`, {
    required: isRequired,
    pattern: PARTIAL_DATE,
  });
const tags = (name: string) => text(name, `Reason tags, joined with "; ", each one of: ${REASON_TAGS.join(', ')}.`);
const timestamps: Field[] = [
  {
    name: 'created_at',
    type: 'datetime',
    description: 'When the record was created in this dataset (UTC).',
    constraints: required,
  },
  {
    name: 'updated_at',
    type: 'datetime',
    description: 'When the record last changed in this dataset (UTC).',
    constraints: required,
  },
];

export const DATA_PACKAGE_RESOURCES: TableResource[] = [
  {
    name: 'organizations',
    description: 'Organizations that states acted against, and the family parents that group related entities.',

    fields: [
      uuid('id', 'Organization id.'),
      text('slug', 'Stable URL name.', { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
      text('name', 'Canonical English name.', required),
      text('kind', 'What kind of organization it is.', { required: true, enum: ORGANIZATION_KINDS }),
      text('hq_country', 'ISO 3166-1 alpha-2 code of its headquarters, where known.', { pattern: ISO_CODE }),
      uuid('parent_id', 'The family it belongs to (another organization).', false),
      text('wikidata_id', 'Wikidata item, where known.', { pattern: '^Q[0-9]+$' }),
      ...timestamps,
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['parent_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  },
  {
    name: 'organization_names',
    description: 'Every name an organization is known by: canonical name, aliases, acronyms, names in other scripts.',

    fields: [
      uuid('organization_id', 'The organization.'),
      text('name', 'The name as written.', required),
      text('lang', 'Language (BCP 47), where known.'),
      text('name_kind', 'What the name is.', { required: true, enum: NAME_KINDS }),
    ],
    primaryKey: ['organization_id', 'name'],
    foreignKeys: [{ fields: ['organization_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  },
  {
    // A resource of its own, like the names: an organization may hold several numbers of one scheme.
    name: 'organization_identifiers',
    description: 'Registration numbers that identify an organization exactly: Russian OGRN and INN of legal entities.',

    fields: [
      uuid('organization_id', 'The organization.'),
      text(
        'scheme',
        'ru_ogrn: primary state registration number (OGRN, 13 digits); ru_inn: taxpayer number of a legal entity (INN, 10 digits).',
        {
          required: true,
          enum: IDENTIFIER_SCHEMES,
        },
      ),
      text('value', 'The number, digits only (text, so leading zeros stay).', {
        required: true,
        pattern: '^[0-9]{10}([0-9]{3})?$',
      }),
    ],
    primaryKey: ['scheme', 'value'],
    foreignKeys: [{ fields: ['organization_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  },
  {
    name: 'laws',
    description: 'The legal bases states cited.',

    fields: [
      uuid('id', 'Law id.'),
      text('slug', 'Stable URL name.', { required: true, unique: true }),
      text('jurisdiction', 'ISO 3166-1 alpha-2 code of the state or territory whose law it is.', {
        required: true,
        pattern: ISO_CODE,
      }),
      text('short_name', 'Short name.', required),
      text('citation', 'Official citation, as precise as the sources allow.'),
      partialDate('enacted_on', 'When it was enacted, where known.'),
      text(
        'family',
        'What kind of restrictive law it is (docs/data.md "Law families"), so laws can be grouped across jurisdictions.',
        { required: true, enum: LAW_FAMILIES },
      ),
    ],
    primaryKey: ['id'],
  },
  {
    name: 'sources',
    description: 'The reporting every record rests on.',

    fields: [
      uuid('id', 'Source id.'),
      {
        name: 'url',
        type: 'string',
        format: 'uri',
        description: 'Where the source is.',
        constraints: { required: true, unique: true },
      },
      text('publisher', 'Who published it.', required),
      text('title', 'Its title, where recorded.'),
      text('published_on', 'Publication day (YYYY-MM-DD), where recorded.', { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    ],
    primaryKey: ['id'],
  },
  {
    name: 'designations',
    description: 'One action of one jurisdiction against one organization (or one unit of it) under one measure.',

    fields: [
      uuid('id', 'Designation id.'),
      uuid('organization_id', 'The organization acted against.'),
      text('unit', 'The part of the organization targeted (e.g. "Moscow office"), if not all of it.'),
      text('jurisdiction', 'ISO 3166-1 alpha-2 code of the state or territory that acted.', {
        required: true,
        pattern: ISO_CODE,
      }),
      text('measure', 'The kind of action.', { required: true, enum: MEASURES }),
      uuid('law_id', 'The law it was taken under, where one is named.', false),
      text('law_citation', 'The legal basis as cited for this action.'),
      text('authority', 'The body that decided.', required),
      partialDate('decided_on', 'When it was decided.', true),
      partialDate('listed_on', 'When it was entered on a register, where different.'),
      partialDate('ended_on', 'When it was lifted or ended, if it was.'),
      text('status', 'Derived from ended_on on the day of the export.', { required: true, enum: STATUSES }),
      tags('reason_tags'),
      text('stated_reasons', 'What the authority said, verbatim (see reasons_form).'),
      text('reasons_form', 'Whether stated_reasons is a quotation or a paraphrase.', {
        required: true,
        enum: REASONS_FORMS,
      }),
      text('confidence', 'How firmly the sources establish the record.', { required: true, enum: CONFIDENCE_LEVELS }),
      text('notes', 'Conflicting dates, register dates, other sources.'),
      ...timestamps,
    ],
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['organization_id'], reference: { resource: 'organizations', fields: ['id'] } },
      { fields: ['law_id'], reference: { resource: 'laws', fields: ['id'] } },
    ],
  },
  {
    name: 'designation_sources',
    description: 'Which sources support which designation, in order.',
    // Only the links of designations in the package: `designations` leaves deleted ones out.

    fields: [
      uuid('designation_id', 'The designation.'),
      uuid('source_id', 'The source.'),
      {
        name: 'position',
        type: 'integer',
        description: 'Order of the source within the designation, from 0.',
        constraints: required,
      },
    ],
    primaryKey: ['designation_id', 'source_id'],
    foreignKeys: [
      { fields: ['designation_id'], reference: { resource: 'designations', fields: ['id'] } },
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
    ],
  },
  {
    name: 'jurisdiction_actions',
    description:
      'Actions against many organizations at once (e.g. hundreds of associations in one decree), ' +
      'recorded for the jurisdiction without naming organizations.',

    fields: [
      uuid('id', 'Action id.'),
      text('jurisdiction', 'ISO 3166-1 alpha-2 code of the state or territory that acted.', {
        required: true,
        pattern: ISO_CODE,
      }),
      text('measure', 'The kind of action.', { required: true, enum: MEASURES }),
      uuid('law_id', 'The law it was taken under, where one is named.', false),
      text('law_citation', 'The legal basis as cited.'),
      text('authority', 'The body that decided.', required),
      partialDate('decided_on', 'When it was decided.', true),
      partialDate('listed_on', 'When it was entered on a register, where different.'),
      {
        name: 'organizations_affected',
        type: 'integer',
        description: 'How many organizations the action named, where stated.',
      },
      text('description', 'What the sources say was targeted, as researched.', required),
      tags('reason_tags'),
      text('stated_reasons', 'What the authority said.'),
      text('reasons_form', 'Whether stated_reasons is a quotation or a paraphrase.', {
        required: true,
        enum: REASONS_FORMS,
      }),
      text('confidence', 'How firmly the sources establish the record.', { required: true, enum: CONFIDENCE_LEVELS }),
      text('notes', 'Conflicting dates, counts, other sources.'),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['law_id'], reference: { resource: 'laws', fields: ['id'] } }],
  },
  {
    name: 'jurisdiction_action_sources',
    description: 'Which sources support which jurisdiction-level action, in order.',

    fields: [
      uuid('action_id', 'The jurisdiction-level action.'),
      uuid('source_id', 'The source.'),
      {
        name: 'position',
        type: 'integer',
        description: 'Order of the source within the action, from 0.',
        constraints: required,
      },
    ],
    primaryKey: ['action_id', 'source_id'],
    foreignKeys: [
      { fields: ['action_id'], reference: { resource: 'jurisdiction_actions', fields: ['id'] } },
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
    ],
  },
];
