/**
 * CSV that a spreadsheet opens safely: RFC 4180 quoting, and no cell that
 * a spreadsheet would run as a formula (a leading =, +, -, @, tab or CR
 * gets a leading apostrophe, as OWASP advises). Numbers stay numbers.
 *
 * @example
 *   csv([['name', 'n'], ['=HYPERLINK("x")', 3]]) // => 'name,n\r\n"\'=HYPERLINK(""x"")",3\r\n'
 */
export type CsvCell = string | number | null | undefined;

export function safeCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== v ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: CsvCell[][]): string {
  return rows.map((r) => r.map(safeCell).join(',')).join('\r\n') + '\r\n';
}
