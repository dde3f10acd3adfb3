import { BirthPlace } from '../families/family.events';
import { comuneByIstatCode } from './comuni/comuni';
import { officialMunicipality } from './municipality.rule';
import { birthPlaceInvalid } from './reference.errors';

/** A birthplace as the registry keeps it: a comune named officially, or a state abroad; one of the two, never both. */
export const officialBirthPlace = (place: BirthPlace): BirthPlace => {
  const { istatCode, name, country } = place as { istatCode?: string; name?: string; country?: string };
  if (country !== undefined) {
    if (istatCode !== undefined || name !== undefined || country === 'IT') throw birthPlaceInvalid();
    return { country };
  }
  if (istatCode === undefined || name === undefined) throw birthPlaceInvalid();
  return officialMunicipality({ istatCode, name });
};

/** What the codice fiscale's place part must be: the comune's cadastral code, or a state's (Z…) for a birth abroad. */
export const codedPlaceOf = (place: BirthPlace | undefined): { belfiore?: string; abroad?: boolean } => {
  if (!place) return {};
  if ('country' in place) return { abroad: true };
  return { belfiore: comuneByIstatCode(place.istatCode)?.belfiore };
};

/** The same details with their birthplace, when given, named officially (and as plain data). */
export const withOfficialBirthPlace = <T extends { birthPlace?: BirthPlace }>(details: T): T =>
  details.birthPlace === undefined ? details : { ...details, birthPlace: officialBirthPlace(details.birthPlace) };
