/** Immutable updates of the id-keyed records inside CaseState. */
export const patch = <T>(record: Record<string, T>, id: string, change: (item: T) => T): Record<string, T> =>
  record[id] ? { ...record, [id]: change(record[id]) } : record;

export const without = <T>(record: Record<string, T>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};
