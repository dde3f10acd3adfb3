import { comuneByIstatCode } from '../reference/comuni/comuni';

/**
 * Comuni households live in, by ISTAT code, with a rough share of the households (by size of the comune); their
 * names and Belfiore codes come from the shipped ISTAT list (reference-data/comuni).
 */
export interface Comune {
  istatCode: string;
  name: string;
  belfiore: string;
  weight: number;
}

const WEIGHTS: ReadonlyArray<[istatCode: string, weight: number]> = [
  ['015146', 14], // Milano
  ['058091', 14], // Roma
  ['063049', 9], // Napoli
  ['001272', 8], // Torino
  ['082053', 6], // Palermo
  ['010025', 5], // Genova
  ['037006', 4], // Bologna
  ['048017', 4], // Firenze
  ['072006', 3], // Bari
  ['027042', 3], // Venezia
  ['023091', 3], // Verona
  ['028060', 2], // Padova
  ['017029', 2], // Brescia
  ['016024', 2], // Bergamo
  ['108033', 2], // Monza
  ['015209', 2], // Sesto San Giovanni
  ['015077', 2], // Cinisello Balsamo
  ['013075', 1], // Como
  ['012133', 1], // Varese
  ['018110', 1], // Pavia
  ['019036', 1], // Cremona
  ['097042', 1], // Lecco
];

export const COMUNI: readonly Comune[] = WEIGHTS.map(([istatCode, weight]) => {
  const comune = comuneByIstatCode(istatCode);
  if (!comune) throw new Error(`The seed names ISTAT code ${istatCode}, which the shipped list does not hold`);
  return { istatCode, name: comune.name, belfiore: comune.belfiore, weight };
});

/** Countries of birth of some parents, with their Belfiore code (Z + 3 digits) and names common there. */
export interface Country {
  belfiore: string;
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    belfiore: 'Z129',
    male: ['Andrei', 'Ionut', 'Mihai'],
    female: ['Elena', 'Ioana', 'Andreea'],
    family: ['Popescu', 'Ionescu', 'Dumitru'],
  },
  { belfiore: 'Z100', male: ['Arben', 'Ervin', 'Gentian'], female: ['Elira', 'Blerina', 'Anila'], family: ['Hoxha', 'Shehu', 'Gjoka'] },
  {
    belfiore: 'Z330',
    male: ['Youssef', 'Mohamed', 'Rachid'],
    female: ['Fatima', 'Khadija', 'Nadia'],
    family: ['El Idrissi', 'Benali', 'Amrani'],
  },
];

export const STREETS: readonly string[] = [
  'Via Roma',
  'Via Garibaldi',
  'Via Mazzini',
  'Corso Italia',
  'Via Dante Alighieri',
  'Via Cavour',
  'Via Matteotti',
  'Via XX Settembre',
  'Via Verdi',
  'Via Manzoni',
  'Via Gramsci',
  'Viale della Repubblica',
  'Via San Francesco',
  'Via dei Mille',
  'Via Marconi',
  'Via Leopardi',
  'Piazza della Libertà',
  'Via Carducci',
  'Via IV Novembre',
  'Via Pascoli',
];
