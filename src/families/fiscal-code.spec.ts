import { isValidFiscalCode } from './fiscal-code';

describe('fiscal code', () => {
  it('accepts a well-formed code with the right check character', () => {
    expect(isValidFiscalCode('RSSMRA85T10A562S')).toBe(true);
  });

  it('refuses a wrong check character, a wrong shape or lower case', () => {
    expect(isValidFiscalCode('RSSMRA85T10A562T')).toBe(false);
    expect(isValidFiscalCode('RSSMRA85T10A562')).toBe(false);
    expect(isValidFiscalCode('rssmra85t10a562s')).toBe(false);
  });
});
