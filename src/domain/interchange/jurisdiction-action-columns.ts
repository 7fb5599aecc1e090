/**
 * The columns of the seed's jurisdiction-actions.csv: acts against many organizations at once that
 * name none of them. The converter writes them and the seed loader reads them.
 */
export const JURISDICTION_ACTION_COLUMNS = [
  'id',
  'jurisdiction',
  'measure',
  'law',
  'law_citation',
  'authority',
  'decided_on',
  'listed_on',
  'organizations_affected',
  'description',
  'stated_reasons',
  'reasons_form',
  'reason_tags',
  'source_urls',
  'source_publishers',
  'confidence',
  'notes',
] as const;
