import { parseRebuildArgs } from './rebuild-args';

const known = ['case_list', 'case_timeline'];

describe('the rebuild command line', () => {
  it('lists the projection names when asked', () => expect(parseRebuildArgs(['--list'], known)).toEqual({ kind: 'list' }));

  it('rebuilds the projections named, or every one with --all', () => {
    expect(parseRebuildArgs(['case_timeline'], known)).toEqual({ kind: 'rebuild', names: ['case_timeline'] });
    expect(parseRebuildArgs(['--all'], known)).toEqual({ kind: 'rebuild', names: known });
  });

  it('refuses a name it does not project, saying which', () =>
    expect(parseRebuildArgs(['timeline', 'case_list'], known)).toEqual({ kind: 'usage', unknown: ['timeline'] }));

  it('refuses to run with no name', () => expect(parseRebuildArgs([], known)).toEqual({ kind: 'usage', unknown: [] }));
});
