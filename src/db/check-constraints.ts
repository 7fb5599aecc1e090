/** SQL fragments for check constraints that migrations share. Values are literal snapshots. */
export function valueIn(column: string, values: readonly string[]): string {
  return `${column} in (${values.map(quoteLiteral).join(', ')})`;
}

export function arrayWithin(column: string, values: readonly string[]): string {
  return `${column} <@ array[${values.map(quoteLiteral).join(', ')}]::text[]`;
}

export const ISO_ALPHA2 = `~ '^[A-Z]{2}$'`;

/**
 * A partial date is stored as the first day of its period plus its precision; the pair must agree
 * (a 'year' date is a 1 January, a 'month' date a first of the month).
 */
export function partialDatePair(dateColumn: string, precisionColumn: string): string {
  return `(${dateColumn} is null and ${precisionColumn} is null) or (${dateColumn} is not null and ${precisionColumn} is not null and (
    ${precisionColumn} = 'day'
    or (${precisionColumn} = 'month' and extract(day from ${dateColumn}) = 1)
    or (${precisionColumn} = 'year' and extract(doy from ${dateColumn}) = 1)))`;
}

/** Last day of a partial date's period, as an immutable expression for generated columns. */
export function periodEnd(dateColumn: string, precisionColumn: string): string {
  return `case ${precisionColumn}
    when 'year' then (${dateColumn} + interval '1 year' - interval '1 day')::date
    when 'month' then (${dateColumn} + interval '1 month' - interval '1 day')::date
    else ${dateColumn} end`;
}

/** Ties on a period start sort coarser first: 2015 before 2015-03 before 2015-03-01. */
export function precisionRank(precisionColumn: string): string {
  return `case ${precisionColumn} when 'year' then 1 when 'month' then 2 else 3 end`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
