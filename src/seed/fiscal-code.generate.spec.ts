import { comuneByBelfiore } from '../reference/comuni/comuni';
import { isValidFiscalCode } from '../families/fiscal-code';
import { assertFiscalCodeConsistent } from '../reference/fiscal-code-consistency';
import { fiscalCodeOf } from './fiscal-code.generate';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './italian-names';
import { COMUNI, COUNTRIES } from './italian-places';
import { Random } from './random';

describe('generated fiscal codes', () => {
  it('builds the well-known example code', () => {
    expect(fiscalCodeOf({ givenName: 'Mario', familyName: 'Rossi', birthDate: '1985-12-10', sex: 'M', birthplace: 'A562' })).toBe(
      'RSSMRA85T10A562S',
    );
  });

  it('applies the name rules: four consonants, short names, accents, apostrophes, women +40 on the day', () => {
    expect(
      fiscalCodeOf({ givenName: 'Gianfranco', familyName: 'Fo', birthDate: '1970-01-05', sex: 'M', birthplace: 'F205' }).slice(0, 11),
    ).toBe('FOXGFR70A05');
    expect(
      fiscalCodeOf({ givenName: 'Nicolò', familyName: "D'Angelo", birthDate: '2012-06-30', sex: 'M', birthplace: 'H501' }).slice(0, 6),
    ).toBe('DNGNCL');
    expect(fiscalCodeOf({ givenName: 'Ada', familyName: 'Re', birthDate: '2001-02-09', sex: 'F', birthplace: 'Z129' }).slice(0, 15)).toBe(
      'REXDAA01B49Z129',
    );
  });

  it('passes the API checks (check character, consistency) for every name and place the seed uses', () => {
    const random = new Random(7);
    for (let i = 0; i < 500; i++) {
      const sex = random.chance(0.5) ? 'M' : 'F';
      const country = random.chance(0.1) ? random.pick(COUNTRIES) : undefined;
      const person = {
        givenName: country
          ? random.pick(sex === 'M' ? country.male : country.female)
          : random.pick(sex === 'M' ? MALE_NAMES : FEMALE_NAMES),
        familyName: country ? random.pick(country.family) : random.pick(FAMILY_NAMES),
        birthDate: `${random.int(1960, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        sex,
        birthplace: country ? country.belfiore : random.pick(COMUNI).belfiore,
      } as const;
      const code = fiscalCodeOf(person);
      expect([person, isValidFiscalCode(code)]).toEqual([person, true]);
      const birthPlace = country ? { country: 'XX' } : { istatCode: comuneByBelfiore(person.birthplace)!.istatCode, name: 'x' };
      expect(() => assertFiscalCodeConsistent(code, { ...person, birthPlace })).not.toThrow();
    }
  });
});
