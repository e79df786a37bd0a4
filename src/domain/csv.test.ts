import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1+1', '-cmd', '@SUM(A1)', '\tx']])).toBe(
      `"'=HYPERLINK(""x"")",'+1+1,'-cmd,'@SUM(A1),'\tx\r\n`,
    );
  });

  it('neutralizes a cell that starts with a tab or a carriage return', () => {
    expect(toCsv([['\tMain Hall', '\rPO-1', '\r']])).toBe(`'\tMain Hall,"'\rPO-1","'\r"\r\n`);
  });

  it('neutralizes formulas after leading whitespace or invisible characters', () => {
    expect(toCsv([[' =1+1', '  +1', '\u00A0-1+1', '\u200B@SUM(A1)', '\n=1']])).toBe(
      `' =1+1,'  +1,'\u00A0-1+1,'\u200B@SUM(A1),"'\n=1"\r\n`,
    );
  });

  it('neutralizes full-width and small forms of = + - @', () => {
    expect(toCsv([['＝1+1', '＋1', '－1', '＠SUM(A1)', '﹦1', '﹢1', '﹣1', '﹫x', ' ＝1']])).toBe(
      `'＝1+1,'＋1,'－1,'＠SUM(A1),'﹦1,'﹢1,'﹣1,'﹫x,' ＝1\r\n`,
    );
  });

  it('leaves text with a sign further in alone', () => {
    expect(toCsv([['Hall =1', 'a-b', 'x@y.z']])).toBe('Hall =1,a-b,x@y.z\r\n');
  });

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(toCsv([['-12', '42', '3.5']])).toBe('-12,42,3.5\r\n');
  });
});
