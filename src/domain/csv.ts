/**
 * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`, `-` or `@`,
 * also in their full-width (＝＋－＠) and small (﹦﹢﹣﹫) forms, which some spreadsheets fold into
 * the ASCII ones, and also after leading spaces, tabs, line breaks or invisible characters, which
 * they skip.
 */
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** A formula-like cell gets a leading apostrophe. Plain numbers, negative ones too, stay numbers. */
function neutralize(cell: string): string {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return cell;
  return FORMULA_START.test(cell) || /^[\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** RFC 4180 CSV (CRLF line ends) with formula cells neutralized. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((cell) => quote(neutralize(cell))).join(',')).join('\r\n') + '\r\n'
  );
}
