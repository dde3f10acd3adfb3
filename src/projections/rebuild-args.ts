/** What the rebuild command was asked: the list of names, some projections, or names it does not know. */
export type RebuildRequest = { kind: 'list' } | { kind: 'rebuild'; names: string[] } | { kind: 'usage'; unknown: string[] };

export const parseRebuildArgs = (args: string[], known: string[]): RebuildRequest => {
  if (args.includes('--list')) return { kind: 'list' };
  const names = args.includes('--all') ? known : args.filter((arg) => !arg.startsWith('-'));
  const unknown = names.filter((name) => !known.includes(name));
  return names.length === 0 || unknown.length > 0 ? { kind: 'usage', unknown } : { kind: 'rebuild', names };
};
