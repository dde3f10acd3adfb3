/** The codice fiscale of a person (D.M. 23/12/1976), with its check character; no omocodia. */
const MONTHS = 'ABCDEHLMPRST';
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const letters = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
const consonantsOf = (text: string): string => text.replace(/[AEIOU]/g, '');
const vowelsOf = (text: string): string => text.replace(/[^AEIOU]/g, '');

const surnamePart = (familyName: string): string => {
  const text = letters(familyName);
  return (consonantsOf(text) + vowelsOf(text) + 'XXX').slice(0, 3);
};

/** Four or more consonants: the first, third and fourth; otherwise as for the surname. */
const namePart = (givenName: string): string => {
  const text = letters(givenName);
  const consonants = consonantsOf(text);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return (consonants + vowelsOf(text) + 'XXX').slice(0, 3);
};

export const checkCharacter = (first15: string): string => {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = first15[i];
    const index = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? ODD[index] : index;
  }
  return String.fromCharCode(65 + (sum % 26));
};

export interface FiscalCodePerson {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'M' | 'F';
  /** Belfiore code of the comune (or Z + 3 digits for a foreign country) of birth. */
  birthplace: string;
}

export const fiscalCodeOf = (person: FiscalCodePerson): string => {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  const dayPart = String(day + (person.sex === 'F' ? 40 : 0)).padStart(2, '0');
  const first15 =
    surnamePart(person.familyName) +
    namePart(person.givenName) +
    String(year % 100).padStart(2, '0') +
    MONTHS[month - 1] +
    dayPart +
    person.birthplace;
  return first15 + checkCharacter(first15);
};
