import { CodiceFiscale } from './codice-fiscale.lib';
import { assertFiscalCodeConsistent, withoutOmocodia } from './fiscal-code-consistency';

const mario = { givenName: 'Mario', familyName: 'Rossi', birthDate: '1985-12-10', sex: 'M' as const };
const code = CodiceFiscale.compute({
  ...{ name: 'Mario', surname: 'Rossi', gender: 'M' },
  day: 10,
  month: 12,
  year: 1985,
  birthplace: 'H501',
});

const partOf = (fiscalCode: string, person: Parameters<typeof assertFiscalCodeConsistent>[1]) => {
  try {
    assertFiscalCodeConsistent(fiscalCode, person);
    return 'consistent';
  } catch (error) {
    return (error as { extensions: { details: { part: string } } }).extensions.details;
  }
};

const ROMA = { istatCode: '058091', name: 'Roma' };
const FORLI = { istatCode: '040012', name: 'Forlì' };

describe('the fiscal code against the person', () => {
  it('accepts the code of the person, and each of its omocodic forms', () => {
    expect(code).toBe('RSSMRA85T10H501O');
    expect(partOf(code, { ...mario, birthPlace: ROMA })).toBe('consistent');
    for (const omocodic of CodiceFiscale.getOmocodie(code)) {
      expect(withoutOmocodia(omocodic).slice(0, 15)).toBe(code.slice(0, 15));
      expect(partOf(omocodic, { ...mario, birthPlace: ROMA })).toBe('consistent');
    }
  });

  it('names the part that disagrees, with what the person gives and what the code says', () => {
    expect(partOf(code, { ...mario, familyName: 'Bianchi' })).toEqual({ part: 'surname', expected: 'BNC', found: 'RSS' });
    expect(partOf(code, { ...mario, givenName: 'Luca' })).toEqual({ part: 'name', expected: 'LCU', found: 'MRA' });
    expect(partOf(code, { ...mario, birthDate: '2015-03-02' })).toEqual({ part: 'birthDate', expected: '15C02', found: '85T10' });
    expect(partOf(code, { ...mario, sex: 'F' })).toEqual({ part: 'sex', expected: 'F', found: 'M' });
    expect(partOf(code, { ...mario, birthPlace: FORLI })).toEqual({ part: 'birthPlace', expected: 'D704', found: 'H501' });
    expect(partOf(code, { ...mario, birthPlace: { country: 'AL' } })).toEqual({
      part: 'birthPlace',
      expected: 'the code of a state abroad (Z…)',
      found: 'H501',
    });
  });

  it('checks what it can when the sex is not stated or the birthplace not given', () => {
    expect(partOf(code, { ...mario, sex: 'X' })).toBe('consistent');
    const nowhere = 'RSSMRA85T10A000';
    expect(partOf(nowhere + CodiceFiscale.getCheckCode(nowhere), mario)).toMatchObject({ part: 'birthPlace', found: 'A000' });
  });

  it('reads names with accents and apostrophes as the Agenzia delle Entrate does', () => {
    const person = { givenName: 'Niccolò', familyName: "D'Amico", birthDate: '2015-03-02', sex: 'F' as const };
    const first15 = 'DMCNCL15C42D704';
    expect(partOf(first15 + CodiceFiscale.getCheckCode(first15), person)).toBe('consistent');
  });
});
