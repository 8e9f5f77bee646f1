import { describe, expect, it } from 'vitest';
import { csvDecimal, formatCsvNumber, looksLikeFormula, toCsv, utf8Bom } from './csv';

const plain = { bom: false } as const;

describe('toCsv', () => {
  it('writes a header and rows with CRLF after every record', () => {
    expect(toCsv([['a', 'b'], ['x', 'y']], { ...plain, separator: ',' })).toBe('a,b\r\nx,y\r\n');
  });

  it('prefixes the UTF-8 BOM by default and not when disabled', () => {
    expect(toCsv([['a']]).startsWith(utf8Bom)).toBe(true);
    expect(toCsv([['a']], plain).startsWith(utf8Bom)).toBe(false);
  });

  it('defaults to the semicolon separator', () => {
    expect(toCsv([['a', 'b']], plain)).toBe('a;b\r\n');
  });

  it('quotes a cell holding the active separator only', () => {
    expect(toCsv([['a,b', 'c;d']], { ...plain, separator: ',' })).toBe('"a,b",c;d\r\n');
    expect(toCsv([['a,b', 'c;d']], { ...plain, separator: ';' })).toBe('a,b;"c;d"\r\n');
  });

  it('doubles quotes inside a quoted cell', () => {
    expect(toCsv([['Site "Nord"', '"']], { ...plain, separator: ',' })).toBe('"Site ""Nord""",""""\r\n');
  });

  it('quotes line breaks (LF, CR, CRLF) and keeps them verbatim', () => {
    expect(toCsv([['a\nb', 'c\rd', 'e\r\nf']], { ...plain, separator: ',' })).toBe(
      '"a\nb","c\rd","e\r\nf"\r\n',
    );
  });

  it('keeps unicode text as is (é, ë, Ø, ß, emoji)', () => {
    const csv = toCsv([['Forêt', 'Sint-Jans-Molenbeek ë', 'Ø', 'Straße', '🏭']], { separator: ',' });
    expect(csv).toBe(`${utf8Bom}Forêt,Sint-Jans-Molenbeek ë,Ø,Straße,🏭\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes null, undefined and non-finite numbers as empty cells, booleans as true/false', () => {
    expect(toCsv([[null, undefined, Number.NaN, Infinity, true, false]], { ...plain, separator: ',' })).toBe(
      ',,,,true,false\r\n',
    );
  });

  it('uses a decimal comma with ";" and a decimal point with ","', () => {
    expect(toCsv([[12.5, -3.25, 1200]], { ...plain, separator: ';' })).toBe('12,5;-3,25;1200\r\n');
    expect(toCsv([[12.5, -3.25, 1200]], { ...plain, separator: ',' })).toBe('12.5,-3.25,1200\r\n');
  });

  it('quotes a decimal-comma number when the separator is also a comma', () => {
    expect(toCsv([[12.5, 3]], { ...plain, separator: ',', decimal: ',' })).toBe('"12,5",3\r\n');
  });

  it('never guards number cells, even negative ones', () => {
    expect(toCsv([[-12.5, -0.001]], { ...plain, separator: ';' })).toBe('-12,5;-0,001\r\n');
  });

  it("guards text cells starting with = + - @ TAB CR with an apostrophe", () => {
    const row = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'a=b', "'ok"];
    expect(toCsv([row], { ...plain, separator: ',' })).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tx,"'\rx",a=b,'ok\r\n`,
    );
  });

  it('can switch the guard off', () => {
    expect(toCsv([['=1+1']], { ...plain, guardFormulas: false })).toBe('=1+1\r\n');
  });

  it('writes an empty file for no rows (BOM only when on)', () => {
    expect(toCsv([], plain)).toBe('');
    expect(toCsv([])).toBe(utf8Bom);
  });
});

describe('formatCsvNumber', () => {
  it('drops floating noise and trailing zeros', () => {
    expect(formatCsvNumber(0.1 + 0.2, '.', 6)).toBe('0.3');
    expect(formatCsvNumber(42, '.', 6)).toBe('42');
    expect(formatCsvNumber(1.23456789, '.', 3)).toBe('1.235');
  });

  it('never uses exponent notation', () => {
    expect(formatCsvNumber(1e-7, '.', 6)).toBe('0');
    expect(formatCsvNumber(123456789012, '.', 6)).toBe('123456789012');
    expect(formatCsvNumber(2e21, '.', 6)).toBe('2000000000000000000000');
  });

  it('writes negative zero and tiny negatives as 0', () => {
    expect(formatCsvNumber(-0, '.', 6)).toBe('0');
    expect(formatCsvNumber(-1e-9, ',', 6)).toBe('0');
  });

  it('uses the given decimal mark', () => {
    expect(formatCsvNumber(-1234.5, ',', 2)).toBe('-1234,5');
  });
});

describe('helpers', () => {
  it('picks the decimal from the separator unless given', () => {
    expect(csvDecimal({ separator: ';' })).toBe(',');
    expect(csvDecimal({ separator: ',' })).toBe('.');
    expect(csvDecimal({ separator: ';', decimal: '.' })).toBe('.');
  });

  it('detects formula-like text', () => {
    expect(looksLikeFormula('=A1')).toBe(true);
    expect(looksLikeFormula('Anderlecht')).toBe(false);
    expect(looksLikeFormula('')).toBe(false);
  });
});
