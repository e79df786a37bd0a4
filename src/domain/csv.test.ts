import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1+1', '-cmd', '@SUM(A1)', '\tx']])).toBe(
      `"'=HYPERLINK(""x"")",'+1+1,'-cmd,'@SUM(A1),'\tx\r\n`,
    );
  });

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(toCsv([['-12', '42', '3.5']])).toBe('-12,42,3.5\r\n');
  });
});
