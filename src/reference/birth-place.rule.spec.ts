import { codedPlaceOf, officialBirthPlace } from './birth-place.rule';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('a birthplace', () => {
  it('is a comune named officially, or a state abroad', () => {
    expect(officialBirthPlace({ istatCode: '040012', name: 'FORLI' })).toEqual({ istatCode: '040012', name: 'Forlì' });
    expect(officialBirthPlace({ country: 'AL' })).toEqual({ country: 'AL' });
  });

  it('is one form, never both, and Italy is a comune', () => {
    expect(codeOf(() => officialBirthPlace({ country: 'IT' }))).toBe('BIRTH_PLACE_INVALID');
    expect(codeOf(() => officialBirthPlace({ istatCode: '058091', name: 'Roma', country: 'AL' } as never))).toBe('BIRTH_PLACE_INVALID');
    expect(codeOf(() => officialBirthPlace({ istatCode: '058091' } as never))).toBe('BIRTH_PLACE_INVALID');
    expect(codeOf(() => officialBirthPlace({ istatCode: '058091', name: 'Milano' }))).toBe('MUNICIPALITY_NAME_MISMATCH');
    expect(codeOf(() => officialBirthPlace({ istatCode: '999999', name: 'Atlantide' }))).toBe('MUNICIPALITY_UNKNOWN');
  });

  it('gives the fiscal code its cadastral code, or tells it was abroad', () => {
    expect(codedPlaceOf({ istatCode: '058091', name: 'Roma' })).toEqual({ belfiore: 'H501' });
    expect(codedPlaceOf({ country: 'AL' })).toEqual({ abroad: true });
    expect(codedPlaceOf(undefined)).toEqual({});
  });
});
