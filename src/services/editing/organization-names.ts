import type { OtherName } from '../../domain/organization-fields';
import type { NameKind } from '../../domain/vocabularies';
import type { StoredName, WantedName } from '../../queries/writes/organization-name-writes';
import { nameKindOf } from '../import/organization-resolver';

/**
 * The names an organization has after an edit: its canonical name, then either the `given` other
 * names or, when none are given, the ones it had; a renamed organization keeps its old canonical
 * name as a `former` name (searches for it still find the organization).
 */
export function plannedNames(
  stored: StoredName[],
  oldName: string,
  newName: string,
  given: OtherName[] | undefined,
): WantedName[] {
  const langOf = (name: string) => stored.find((entry) => entry.name === name)?.lang ?? null;
  const canonical: WantedName = { name: newName, kind: 'canonical', lang: langOf(newName) };
  const others: WantedName[] = given
    ? given.map((entry) => ({
        name: entry.name,
        kind: (entry.kind as NameKind | undefined) ?? nameKindOf(entry.name),
        lang: entry.lang ?? null,
      }))
    : [
        ...stored.filter((entry) => entry.kind !== 'canonical').map(({ name, kind, lang }) => ({ name, kind, lang })),
        ...(oldName !== newName ? [{ name: oldName, kind: 'former' as const, lang: langOf(oldName) }] : []),
      ];
  const seen = new Set([newName]);
  return [canonical, ...others.filter((entry) => !seen.has(entry.name) && seen.add(entry.name))];
}
