/**
 * Which research rows name the same organization, across files and scripts. The rule, in order:
 *
 * 1. Rows with the same OGRN are one organization; rows with different OGRNs never are.
 * 2. Rows whose names normalize alike (lower case, accents stripped, any script transliterated to
 *    Latin: src/domain/names.ts) are one organization.
 * 3. A row whose full-name alias (not an acronym) normalizes like another organization's name is
 *    that organization, when exactly one organization holds that alias among its aliases: an alias
 *    that several organizations give ("TV Rain" on SIA TV Rain and TVR Studios B.V.) names a brand
 *    or a family, not a legal entity, and decides nothing.
 *
 * The canonical name is the name of the first row (in file and row order) of the organization, so
 * organizations of the first research file keep their names and slugs. Two organizations kept
 * apart by rule 1 may share that name (file 6 has two "For Nature" and two "Green World"): the
 * later one is told apart by the place its row's notes start with ("Chelyabinsk."), else by its
 * OGRN, because the interchange format finds organizations by name. Every merge of rows with
 * different names, and every such qualified name, is reported for docs/data.md.
 */
import { normalizeName } from '../../src/domain/names';
import type { ResearchRow } from './research-rows';
import { rowLabel } from './research-rows';

export interface IdentityInput {
  row: ResearchRow;
  name: string;
  aliases: readonly string[];
  ogrn?: string;
}

export interface Merge {
  canonical: string;
  merged: string;
  rule: 'registration number' | 'same name' | 'alias';
  rows: string[];
}

const ACRONYM = /^[A-Z0-9][A-Z0-9&.-]{1,11}$/;

/** Union-find over row indexes, refusing a union that would join two different OGRNs. */
class Groups {
  private readonly parent: number[];
  private readonly ogrnOf: (string | undefined)[];

  constructor(inputs: readonly IdentityInput[]) {
    this.parent = inputs.map((_, index) => index);
    this.ogrnOf = inputs.map((input) => input.ogrn);
  }

  find(index: number): number {
    while (this.parent[index] !== index) index = this.parent[index] = this.parent[this.parent[index]]!;
    return index;
  }

  union(a: number, b: number): boolean {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return false;
    const [ogrnA, ogrnB] = [this.ogrnOf[rootA], this.ogrnOf[rootB]];
    if (ogrnA && ogrnB && ogrnA !== ogrnB) return false;
    const [keep, join] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[join] = keep;
    this.ogrnOf[keep] = ogrnA ?? ogrnB;
    return true;
  }
}

export interface Identity {
  /** For each input, in order, the canonical organization name. */
  canonicalNames: string[];
  merges: Merge[];
  /** Names qualified because another organization has the same name. */
  qualifiedNames: { name: string; row: string }[];
}

export function resolveIdentities(inputs: readonly IdentityInput[]): Identity {
  const groups = new Groups(inputs);
  const merges: Merge[] = [];
  const note = (a: number, b: number, rule: Merge['rule']) => {
    const [rootA, rootB] = [groups.find(a), groups.find(b)];
    if (!groups.union(a, b)) return;
    const [kept, joined] = groups.find(a) === rootA ? [inputs[rootA], inputs[rootB]] : [inputs[rootB], inputs[rootA]];
    if (kept.name !== joined.name)
      merges.push({
        canonical: kept.name,
        merged: joined.name,
        rule,
        rows: [rowLabel(kept.row), rowLabel(joined.row)],
      });
  };
  joinBy(
    inputs,
    (input) => (input.ogrn ? [input.ogrn] : []),
    (a, b) => note(a, b, 'registration number'),
  );
  joinBy(
    inputs,
    (input) => [normalizeName(input.name)],
    (a, b) => note(a, b, 'same name'),
  );
  joinByUniqueAlias(inputs, groups, (a, b) => note(a, b, 'alias'));
  const roots = inputs.map((_, index) => groups.find(index));
  const nameOfRoot = distinctNames(
    inputs,
    [...new Set(roots)].sort((a, b) => a - b),
  );
  const qualifiedNames = [...nameOfRoot]
    .filter(([root, name]) => name !== inputs[root].name)
    .map(([root, name]) => ({ name, row: rowLabel(inputs[root].row) }));
  return { canonicalNames: roots.map((root) => nameOfRoot.get(root)!), merges, qualifiedNames };
}

/** Root -> canonical name, the later of two same-named organizations qualified (see above). */
function distinctNames(inputs: readonly IdentityInput[], roots: readonly number[]): Map<number, string> {
  const names = new Map<number, string>();
  const taken = new Set<string>();
  for (const root of roots) {
    const { name, row, ogrn } = inputs[root];
    const place = /^([A-Z][\p{L} .'-]{1,40})\. /u.exec(row.notes)?.[1];
    const candidates = [
      name,
      ...(place ? [`${name} (${place})`] : []),
      ...(ogrn ? [`${name} (OGRN ${ogrn})`] : []),
      `${name} (${rowLabel(row)})`,
    ];
    const chosen = candidates.find((candidate) => !taken.has(normalizeName(candidate)))!;
    taken.add(normalizeName(chosen));
    names.set(root, chosen);
  }
  return names;
}

function joinBy(
  inputs: readonly IdentityInput[],
  keysOf: (input: IdentityInput) => string[],
  join: (a: number, b: number) => void,
): void {
  const firstWithKey = new Map<string, number>();
  inputs.forEach((input, index) => {
    for (const key of keysOf(input)) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, index);
      else join(first, index);
    }
  });
}

function joinByUniqueAlias(
  inputs: readonly IdentityInput[],
  groups: Groups,
  join: (a: number, b: number) => void,
): void {
  const rowsByName = new Map<string, number>();
  inputs.forEach((input, index) => {
    const key = normalizeName(input.name);
    if (!rowsByName.has(key)) rowsByName.set(key, index);
  });
  const holders = new Map<string, Set<number>>();
  inputs.forEach((input, index) => {
    for (const alias of input.aliases) {
      if (ACRONYM.test(alias)) continue;
      const key = normalizeName(alias);
      holders.set(key, (holders.get(key) ?? new Set()).add(groups.find(index)));
    }
  });
  inputs.forEach((input, index) => {
    for (const alias of input.aliases) {
      const key = normalizeName(alias);
      const named = rowsByName.get(key);
      if (named === undefined || ACRONYM.test(alias)) continue;
      const distinctHolders = new Set([...(holders.get(key) ?? [])].map((holder) => groups.find(holder)));
      if (distinctHolders.size === 1) join(named, index);
    }
  });
}
