/** R.G. numbers are written many ways ("123/2026 R.G.", "RG 123/2026"): number/year is the key, else the bare text. */
export const proceedingKey = (proceedingNumber: string | undefined): string | null => {
  if (!proceedingNumber) return null;
  const numberYear = /(\d+)\s*\/\s*(\d{4})/.exec(proceedingNumber);
  return numberYear ? `${numberYear[1]}/${numberYear[2]}` : proceedingNumber.toLowerCase().replace(/[^a-z0-9]/g, '');
};
