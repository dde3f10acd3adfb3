import { preferredLang } from './language';

describe('preferredLang', () => {
  it('takes the first language tutela speaks, by quality then order', () => {
    expect(preferredLang('it-IT,it;q=0.9,en;q=0.8', 'en')).toBe('it');
    expect(preferredLang('de-DE, en;q=0.5, it;q=0.7', 'en')).toBe('it');
    expect(preferredLang('en-GB', 'it')).toBe('en');
    expect(preferredLang('it;q=0, en;q=0.1', 'it')).toBe('en');
  });

  it('falls back when none is spoken or the header is absent or odd', () => {
    expect(preferredLang(undefined, 'en')).toBe('en');
    expect(preferredLang('fr, de', 'it')).toBe('it');
    expect(preferredLang(';;;, q=abc', 'en')).toBe('en');
  });
});
