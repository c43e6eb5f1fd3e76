// Output of the `weir` admin verbs (src/cli/): a table with aligned columns for people, or JSON
// for scripts (`--json`), from the same rows.

/** One printable row: column name to cell. */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Renders `rows` under `columns` as a left-aligned table, one space-padded line per row.
 *
 * @example
 * renderTable(['NAME', 'PARTITIONS'], [{ NAME: 'orders', PARTITIONS: 3 }]);
 * // "NAME    PARTITIONS\norders  3"
 */
export function renderTable(columns: readonly string[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => cellText(row[column])));
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((line) => (line[index] as string).length)));
  const render = (line: readonly string[]): string =>
    line.map((cell, index) => index === line.length - 1 ? cell : cell.padEnd(widths[index] as number)).join('  ').trimEnd();
  return [render(columns), ...cells.map(render)].join('\n');
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return String(value);
}

/** Prints rows as a table, or as a JSON array when `json` is set. */
export function printRows(output: { json: boolean; write: (text: string) => void }, columns: readonly string[],
  rows: readonly Row[]): void {
  output.write(output.json ? `${JSON.stringify(rows, null, 2)}\n` : `${renderTable(columns, rows)}\n`);
}
