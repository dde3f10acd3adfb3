import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ComuniFile } from './comune';
import { writeComuni } from './comuni-update';
import { parseSemicolonCsv } from './istat-csv';

// A few records of ISTAT's own CSV of 2020-01-01, as ISTAT ships it: latin1, `;`, a header spanning lines.
const SAMPLE = join(__dirname, '../../../test/fixtures/istat-comuni-sample.csv');

describe('npm run comuni:update', () => {
  it("rewrites the shipped list from ISTAT's CSV, with its source and date", () => {
    const out = join(mkdtempSync(join(tmpdir(), 'comuni-')), 'comuni.json');
    const source = { date: '2020-01-01', retrievedFrom: 'the test fixture', licence: 'CC BY' };
    expect(writeComuni(readFileSync(SAMPLE), source, out)).toBe(6);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ComuniFile;
    expect(written.source).toMatchObject({ publisher: 'ISTAT', date: '2020-01-01', retrievedFrom: 'the test fixture' });
    expect(written.comuni.find((c) => c.istatCode === '040012')).toEqual({
      istatCode: '040012',
      name: 'Forlì',
      province: 'Forlì-Cesena',
      sigla: 'FC',
      belfiore: 'D704',
    });
    expect(written.comuni.find((c) => c.istatCode === '021008')).toMatchObject({ name: 'Bolzano', otherName: 'Bozen', belfiore: 'A952' });
  });

  it('refuses a file without the documented columns, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'comuni-')), 'comuni.json');
    expect(() => writeComuni(Buffer.from('a;b\n1;2\n', 'latin1'), { date: '', retrievedFrom: '', licence: '' }, out)).toThrow(
      /Codice Comune formato alfanumerico/,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('reads quoted cells across lines and doubled quotes', () => {
    expect(parseSemicolonCsv('"a\r\nb";"say ""hi"""\r\nc;d\r\n')).toEqual([
      ['a\r\nb', 'say "hi"'],
      ['c', 'd'],
    ]);
  });
});
