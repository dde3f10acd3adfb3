import { validateBody } from '../testing/validate-body';
import { NarrativeEntryDto } from './narrative-entry.dto';

const failuresOf = async (body: unknown) => (await validateBody(NarrativeEntryDto, body)).failures;

describe('a narrative entry (art. 473-bis.27 c.p.c.)', () => {
  it('accepts a fact, a statement with statedBy, an evaluation with method', async () => {
    expect(await failuresOf({ kind: 'fact', text: 'the flat is cold' })).toEqual([]);
    expect(await failuresOf({ kind: 'statement', statedBy: 'mother', text: 'he sleeps badly' })).toEqual([]);
    expect(await failuresOf({ kind: 'evaluation', method: 'observation', text: 'warm bond' })).toEqual([]);
  });

  it('refuses a statement without statedBy and an evaluation without method', async () => {
    expect(await failuresOf({ kind: 'statement', text: 'x' })).toContain('statedBy: isNotEmpty');
    expect(await failuresOf({ kind: 'statement', statedBy: '', text: 'x' })).toContain('statedBy: isNotEmpty');
    expect(await failuresOf({ kind: 'evaluation', text: 'x' })).toContain('method: isNotEmpty');
  });

  it('refuses statedBy or method on the wrong kind', async () => {
    expect(await failuresOf({ kind: 'fact', statedBy: 'mother', text: 'x' })).toEqual(['statedBy: onlyForKind']);
    expect(await failuresOf({ kind: 'statement', statedBy: 'mother', method: 'observation', text: 'x' })).toEqual(['method: onlyForKind']);
  });

  it('refuses an unknown kind, a missing text, a text over 4000 characters, and unknown fields', async () => {
    expect(await failuresOf({ kind: 'rumour', text: 'x' })).toContain('kind: isIn');
    expect(await failuresOf({ kind: 'fact' })).toContain('text: isNotEmpty');
    expect(await failuresOf({ kind: 'fact', text: 'x'.repeat(4001) })).toEqual(['text: maxLength']);
    expect(await failuresOf({ kind: 'fact', text: 'x'.repeat(4000) })).toEqual([]);
    expect(await failuresOf({ kind: 'fact', text: 'x', author: 'me' })).toEqual(['author: whitelistValidation']);
  });
});
