import * as library from 'codice-fiscale-js';

/**
 * codice-fiscale-js 2.4.0 (CC BY-SA): its CommonJS build exports { CodiceFiscale }, though its typings declare a
 * default export; this is the one place that knows.
 */
export const CodiceFiscale = (library as unknown as { CodiceFiscale: typeof library.default }).CodiceFiscale;
