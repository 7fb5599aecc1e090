/**
 * The SELECT that produces each CSV of the Data Package (src/services/export/data-package-schema.ts
 * describes the columns): dates as partial-date text, timestamps as ISO text in UTC, arrays joined
 * with "; ", rows in a fixed order.
 */
const TIMESTAMPS_SQL = `to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as updated_at`;

const SELECTS = {
  organizations: `select id, slug, name, kind, hq_country, parent_id, wikidata_id, ${TIMESTAMPS_SQL}
      from organizations order by slug`,
  organization_names: `select n.organization_id, n.name, n.lang, n.name_kind
      from organization_names n join organizations o on o.id = n.organization_id order by o.slug, n.id`,
  organization_identifiers: `select i.organization_id, i.scheme, i.value
      from organization_identifiers i join organizations o on o.id = i.organization_id
      order by o.slug, i.scheme, i.value`,
  laws: `select id, slug, jurisdiction, short_name, citation,
      partial_date_text(enacted_on, enacted_precision) as enacted_on, family from laws order by slug`,
  sources: `select id, url, publisher, title, published_on::text as published_on from sources order by url`,
  designations: `select id, organization_id, unit, jurisdiction, measure, law_id, law_citation, authority,
      partial_date_text(decided_on, decided_precision) as decided_on, partial_date_text(listed_on, listed_precision) as listed_on,
      partial_date_text(ended_on, ended_precision) as ended_on,
      case when ended_on <= current_date then 'ended' else 'active' end as status,
      array_to_string(reason_tags, '; ') as reason_tags, stated_reasons, reasons_form, confidence, notes, ${TIMESTAMPS_SQL}
      from designations order by decided_on, decided_rank, id`,
  designation_sources: `select ds.designation_id, ds.source_id, ds.position
      from designation_sources ds join designations d on d.id = ds.designation_id
      order by ds.designation_id, ds.position`,
  jurisdiction_actions: `select id, jurisdiction, measure, law_id, law_citation, authority,
      partial_date_text(decided_on, decided_precision) as decided_on, partial_date_text(listed_on, listed_precision) as listed_on,
      organizations_affected, description, array_to_string(reason_tags, '; ') as reason_tags, stated_reasons, reasons_form,
      confidence, notes from jurisdiction_actions order by decided_on, id`,
  jurisdiction_action_sources: `select action_id, source_id, position
      from jurisdiction_action_sources order by action_id, position`,
};

export type DataPackageTable = keyof typeof SELECTS;

export function dataPackageSelect(table: DataPackageTable): string {
  return SELECTS[table];
}
