/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets
 * a leading apostrophe (OWASP "CSV injection"). Plain numbers, negative ones too, stay numbers.
 */
function neutralise(cell: string): string {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** RFC 4180 CSV (CRLF line ends) with formula cells neutralised. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(',')).join('\r\n') + '\r\n'
  );
}
