import { fiscalCodeOf as libraryCode } from '../reference/fiscal-code-of';

export interface FiscalCodePerson {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'M' | 'F';
  /** Belfiore code of the comune (or Z + 3 digits for a foreign country) of birth. */
  birthplace: string;
}

/** The codice fiscale of a seeded person, computed by the library the API checks codes with. */
export const fiscalCodeOf = ({ birthplace, ...person }: FiscalCodePerson): string => libraryCode({ ...person, birthPlace: birthplace });
