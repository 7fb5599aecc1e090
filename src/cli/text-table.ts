/** A plain-text table: columns padded to their widest cell, two spaces apart, header underlined. */
export function renderTable(
  headers: string[],
  rows: string[][],
  alignRight: (column: number) => boolean = () => false,
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (alignRight(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n') + '\n';
}
