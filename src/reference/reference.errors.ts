import { InvalidInputError } from '../common/domain-error';

/** Stable codes of the reference data (comuni, codice fiscale); clients switch on `code`, never on `detail`. */
export const municipalityUnknown = (istatCode: string) =>
  new InvalidInputError('MUNICIPALITY_UNKNOWN', `No current comune has ISTAT code ${istatCode}`, { istatCode });
export const municipalityNameMismatch = (istatCode: string, name: string, officialName: string) =>
  new InvalidInputError('MUNICIPALITY_NAME_MISMATCH', `ISTAT code ${istatCode} is ${officialName}, not ${name}`, {
    istatCode,
    name,
    officialName,
  });
export type FiscalCodePart = 'surname' | 'name' | 'birthDate' | 'sex' | 'birthPlace';
export const fiscalCodeInconsistent = (part: FiscalCodePart, expected: string, found: string) =>
  new InvalidInputError('FISCAL_CODE_INCONSISTENT', `The fiscal code's ${part} part is ${found}, the person's ${part} gives ${expected}`, {
    details: { part, expected, found },
  });
export const birthPlaceInvalid = () =>
  new InvalidInputError(
    'BIRTH_PLACE_INVALID',
    'birthPlace is either a comune { istatCode, name } or a state abroad { country } (ISO 3166-1 alpha-2, not IT)',
  );
