/** Italian codice fiscale: 16 characters, omocodia digits allowed, with its check character. */
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const valueOf = (char: string, odd: boolean): number => {
  const index = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
  return odd ? ODD[index] : index;
};

export const isValidFiscalCode = (code: string): boolean => {
  if (!SHAPE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += valueOf(code[i], i % 2 === 0);
  return String.fromCharCode(65 + (sum % 26)) === code[15];
};
