/** A comune as ISTAT lists it: the codes the API and a codice fiscale carry. */
export interface Comune {
  /** Codice Comune formato alfanumerico: 6 digits. */
  istatCode: string;
  /** Denominazione in italiano: the official name the API answers. */
  name: string;
  /** Denominazione altra lingua (Bozen, Aoste…), when there is one. */
  otherName?: string;
  /** Denominazione dell'Unità territoriale sovracomunale: province, metropolitan city or free consortium. */
  province: string;
  /** Sigla automobilistica. */
  sigla: string;
  /** Codice catastale (Belfiore): the four characters of a codice fiscale's birthplace. */
  belfiore: string;
}

/** Where the shipped list comes from, written beside it by `npm run comuni:update`. */
export interface ComuniSource {
  publisher: string;
  url: string;
  /** The date the list is valid at (ISTAT's reference date), or the download date when ISTAT gives none. */
  date: string;
  retrievedFrom: string;
  licence: string;
}

export interface ComuniFile {
  source: ComuniSource;
  comuni: Comune[];
}
