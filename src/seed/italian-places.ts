/**
 * Real comuni with their ISTAT code (6 digits) and Belfiore (cadastral) code, the one a codice fiscale carries.
 * weight: a rough share of the households, by size of the comune.
 */
export interface Comune {
  istatCode: string;
  name: string;
  belfiore: string;
  weight: number;
}

export const COMUNI: readonly Comune[] = [
  { istatCode: '015146', name: 'Milano', belfiore: 'F205', weight: 14 },
  { istatCode: '058091', name: 'Roma', belfiore: 'H501', weight: 14 },
  { istatCode: '063049', name: 'Napoli', belfiore: 'F839', weight: 9 },
  { istatCode: '001272', name: 'Torino', belfiore: 'L219', weight: 8 },
  { istatCode: '082053', name: 'Palermo', belfiore: 'G273', weight: 6 },
  { istatCode: '010025', name: 'Genova', belfiore: 'D969', weight: 5 },
  { istatCode: '037006', name: 'Bologna', belfiore: 'A944', weight: 4 },
  { istatCode: '048017', name: 'Firenze', belfiore: 'D612', weight: 4 },
  { istatCode: '072006', name: 'Bari', belfiore: 'A662', weight: 3 },
  { istatCode: '027042', name: 'Venezia', belfiore: 'L736', weight: 3 },
  { istatCode: '023091', name: 'Verona', belfiore: 'L781', weight: 3 },
  { istatCode: '028060', name: 'Padova', belfiore: 'G224', weight: 2 },
  { istatCode: '017029', name: 'Brescia', belfiore: 'B157', weight: 2 },
  { istatCode: '016024', name: 'Bergamo', belfiore: 'A794', weight: 2 },
  { istatCode: '108033', name: 'Monza', belfiore: 'F704', weight: 2 },
  { istatCode: '015209', name: 'Sesto San Giovanni', belfiore: 'I687', weight: 2 },
  { istatCode: '015077', name: 'Cinisello Balsamo', belfiore: 'C707', weight: 2 },
  { istatCode: '013075', name: 'Como', belfiore: 'C933', weight: 1 },
  { istatCode: '012133', name: 'Varese', belfiore: 'L682', weight: 1 },
  { istatCode: '018110', name: 'Pavia', belfiore: 'G388', weight: 1 },
  { istatCode: '019036', name: 'Cremona', belfiore: 'D150', weight: 1 },
  { istatCode: '097042', name: 'Lecco', belfiore: 'E507', weight: 1 },
];

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
