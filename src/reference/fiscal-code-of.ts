import { CodiceFiscale } from './codice-fiscale.lib';

/** The codice fiscale of a person, as the library computes it: for the seed and test fixtures. birthPlace: a Belfiore code. */
export const fiscalCodeOf = (person: {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'M' | 'F';
  birthPlace: string;
}): string => {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  return CodiceFiscale.compute({
    name: person.givenName,
    surname: person.familyName,
    gender: person.sex,
    day,
    month,
    year,
    birthplace: person.birthPlace,
  });
};
