import { allComuni, comuneByBelfiore, comuneByIstatCode, comuniSource, isNameOf } from './comuni';

describe('the shipped comuni', () => {
  it("hold ISTAT's list, with its source and date", () => {
    expect(allComuni().length).toBeGreaterThan(7800);
    expect(comuniSource()).toMatchObject({ publisher: 'ISTAT', date: '2020-01-01' });
    expect(new Set(allComuni().map((c) => c.istatCode)).size).toBe(allComuni().length);
  });

  it.each([
    ['058091', 'Roma', 'H501', 'RM'],
    ['015146', 'Milano', 'F205', 'MI'],
    ['040012', 'Forlì', 'D704', 'FC'],
  ])('%s is %s (%s, %s)', (istatCode, name, belfiore, sigla) => {
    expect(comuneByIstatCode(istatCode)).toMatchObject({ name, belfiore, sigla });
    expect(comuneByBelfiore(belfiore)?.istatCode).toBe(istatCode);
  });

  it('compares names without accents, case, apostrophes or spaces, in either official language', () => {
    const forli = comuneByIstatCode('040012')!;
    for (const name of ['Forlì', 'forli', "FORLI'", ' Forli ']) expect(isNameOf(forli, name)).toBe(true);
    expect(isNameOf(forli, 'Cesena')).toBe(false);
    const bolzano = comuneByIstatCode('021008')!;
    for (const name of ['Bolzano', 'Bozen', 'Bolzano/Bozen']) expect(isNameOf(bolzano, name)).toBe(true);
  });
});
