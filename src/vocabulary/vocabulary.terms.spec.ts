import { CLOSURE_REASONS, ENTRY_KINDS, INTERVENTION_KINDS, MEASURE_KINDS, PLACE_KINDS, WISH_SUBJECTS } from '../cases/case.values';
import { RELATION_KINDS } from '../families/family.events';
import { VOCABULARY, chooseLang, vocabularyIn } from './vocabulary.terms';

describe('the vocabulary of the API', () => {
  it('labels every value of the enums, in Italian and English', () => {
    const lists: Record<string, readonly string[]> = {
      closureReasons: CLOSURE_REASONS,
      entryKinds: ENTRY_KINDS,
      interventionKinds: INTERVENTION_KINDS,
      measureKinds: MEASURE_KINDS,
      placeKinds: PLACE_KINDS,
      wishSubjects: WISH_SUBJECTS,
      relationKinds: RELATION_KINDS,
    };
    for (const [name, values] of Object.entries(lists)) expect(Object.keys(VOCABULARY[name]).sort()).toEqual([...values].sort());
    for (const terms of Object.values(VOCABULARY)) {
      for (const term of Object.values(terms)) expect(term.it.length * term.en.length).toBeGreaterThan(0);
    }
  });

  it('answers in one language', () => {
    expect(vocabularyIn('it').riskLevels.high).toBe('alto');
    expect(vocabularyIn('en').relationKinds['guardian-of']).toBe('guardian of');
  });

  it('takes ?lang first, then Accept-Language, then Italian', () => {
    expect(chooseLang('en', 'it-IT')).toBe('en');
    expect(chooseLang(undefined, 'fr-FR, en;q=0.8, it;q=0.5')).toBe('en');
    expect(chooseLang(undefined, 'de')).toBe('it');
    expect(chooseLang(undefined, undefined)).toBe('it');
  });
});
