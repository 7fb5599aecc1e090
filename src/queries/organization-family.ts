/**
 * Ids of the family of the organization whose slug is the one `?` binding: its root ancestor and
 * every descendant of that root (so parent, siblings and children, at any depth). `union` rather
 * than `union all` ends the recursion even if a parent chain were ever to loop.
 */
export const FAMILY_IDS_SQL = `with recursive ancestors as (
    select o.id, o.parent_id from organizations o where o.slug = ?
    union select o.id, o.parent_id from organizations o join ancestors a on o.id = a.parent_id
  ), family as (
    select a.id from ancestors a where a.parent_id is null
    union select o.id from organizations o join family f on o.parent_id = f.id
  )
  select family.id from family`;
