import { comuneByIstatCode, isNameOf } from './comuni/comuni';
import { municipalityNameMismatch, municipalityUnknown } from './reference.errors';

/** A comune as the API takes it. */
export interface MunicipalityRef {
  istatCode: string;
  name: string;
}

/** The comune of a current ISTAT code, named as the client wrote it in any case or accent: answered with its official name. */
export const officialMunicipality = ({ istatCode, name }: MunicipalityRef): MunicipalityRef => {
  const comune = comuneByIstatCode(istatCode);
  if (!comune) throw municipalityUnknown(istatCode);
  if (!isNameOf(comune, name)) throw municipalityNameMismatch(istatCode, name, comune.name);
  return { istatCode, name: comune.name };
};

/** A bare ISTAT code on a write (a partner's comune, an initiative's promoters): it must be a current comune. */
export const assertKnownIstatCode = (istatCode: string): string => {
  if (!comuneByIstatCode(istatCode)) throw municipalityUnknown(istatCode);
  return istatCode;
};
