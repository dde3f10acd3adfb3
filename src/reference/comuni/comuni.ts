import { readFileSync } from 'fs';
import { join } from 'path';
import { Comune, ComuniFile } from './comune';

/** The shipped list, read once: static reference data, like a table of constants. */
const FILE = join(__dirname, '../../../reference-data/comuni/comuni.json');

let loaded: { file: ComuniFile; byIstat: Map<string, Comune>; byBelfiore: Map<string, Comune> } | undefined;

const comuni = () => {
  if (!loaded) {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as ComuniFile;
    loaded = {
      file,
      byIstat: new Map(file.comuni.map((c) => [c.istatCode, c])),
      byBelfiore: new Map(file.comuni.map((c) => [c.belfiore, c])),
    };
  }
  return loaded;
};

export const comuneByIstatCode = (istatCode: string): Comune | undefined => comuni().byIstat.get(istatCode);
export const comuneByBelfiore = (belfiore: string): Comune | undefined => comuni().byBelfiore.get(belfiore);
export const allComuni = (): readonly Comune[] => comuni().file.comuni;
export const comuniSource = () => comuni().file.source;

/** "Forlì", "forli", "FORLI'" and "Forli" are one name: accents, case, apostrophes, dashes and spaces aside. */
export const nameKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The Italian name, the other language's, or both as ISTAT writes them ("Bolzano/Bozen"). */
export const isNameOf = (comune: Comune, name: string): boolean => {
  const key = nameKey(name);
  const names = [comune.name, comune.otherName, comune.otherName && `${comune.name}/${comune.otherName}`];
  return names.some((official) => official !== undefined && nameKey(official) === key);
};
