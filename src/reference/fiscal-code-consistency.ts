import { BirthPlace, Sex } from '../families/family.events';
import { codedPlaceOf } from './birth-place.rule';
import { CodiceFiscale } from './codice-fiscale.lib';
import { fiscalCodeInconsistent } from './reference.errors';

/** What of a person a codice fiscale encodes; the birthplace when known. */
export interface FiscalCodeHolder {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  birthPlace?: BirthPlace;
}

/** Omocodia replaces digits with letters (L=0 … V=9) at these positions; the person's data is the same. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODIA = 'LMNPQRSTUV';

export const withoutOmocodia = (code: string): string =>
  [...code].map((char, i) => (DIGIT_POSITIONS.includes(i) && OMOCODIA.includes(char) ? String(OMOCODIA.indexOf(char)) : char)).join('');

const knownPlace = (belfiore: string): boolean => {
  try {
    const first15 = `AAAAAA00A01${belfiore}`;
    return Boolean(CodiceFiscale.computeInverse(first15 + CodiceFiscale.getCheckCode(first15)).birthplace);
  } catch {
    return false;
  }
};

/**
 * The code's parts against the person (D.M. 23/12/1976): surname, name, birth date, sex (day + 40 for women), birthplace.
 * A code valid by its check character is assumed; sex X (not stated) cannot be checked, nor a birthplace not given
 * beyond being a cadastral code of a comune (current or ceased) or a state.
 */
export const assertFiscalCodeConsistent = (code: string, person: FiscalCodeHolder): void => {
  const normal = withoutOmocodia(code);
  const [year, month, day] = person.birthDate.split('-').map(Number);
  const codedDay = Number(normal.slice(9, 11));
  const parts: Array<[Parameters<typeof fiscalCodeInconsistent>[0], string, string]> = [
    ['surname', CodiceFiscale.surnameCode(person.familyName), normal.slice(0, 3)],
    ['name', CodiceFiscale.nameCode(person.givenName), normal.slice(3, 6)],
    ['birthDate', CodiceFiscale.dateCode(day, month, year, 'M'), normal.slice(6, 9) + String(codedDay % 40).padStart(2, '0')],
  ];
  if (person.sex !== 'X') parts.push(['sex', person.sex, codedDay > 40 ? 'F' : 'M']);
  const coded = normal.slice(11, 15);
  const { belfiore, abroad } = codedPlaceOf(person.birthPlace);
  if (belfiore) parts.push(['birthPlace', belfiore, coded]);
  else if (abroad) parts.push(['birthPlace', coded.startsWith('Z') ? coded : 'the code of a state abroad (Z…)', coded]);
  else if (!knownPlace(coded)) parts.push(['birthPlace', 'the cadastral code of a comune or a state', coded]);
  for (const [part, expected, found] of parts) if (expected !== found) throw fiscalCodeInconsistent(part, expected, found);
};
