import { renderReportDraftPdf } from './report-draft.pdf';
import { expectFooterOnEveryPage, expectOnlyEmbeddedFonts } from './testing/pdf-assertions';
import { ParsedPdf, parsePdf, renderToBuffer } from './testing/pdf-capture';
import { HEAD_HASH, emptyReportDraft, reportDraft } from './testing/report-draft.fixture';
import { CASE_ID } from './testing/synthetic-events';

const HEADINGS = ['Fatti accertati', 'Dichiarazioni', 'Valutazioni', 'Misure di protezione', 'Udienze', 'Scadenze'];

const rendered = async (draft = reportDraft()): Promise<{ pdf: Buffer; parsed: ParsedPdf }> => {
  const pdf = await renderToBuffer((out) => renderReportDraftPdf(draft, out));
  return { pdf, parsed: await parsePdf(pdf) };
};

describe('report draft PDF', () => {
  let pdf: Buffer;
  let parsed: ParsedPdf;

  beforeAll(async () => ({ pdf, parsed } = await rendered()));

  it('opens with the title, the case, the minor, the period and who generated it', () => {
    expect(parsed.pages[0]).toContain("Bozza di relazione all'Autorità Giudiziaria");
    expect(parsed.text).toContain('art. 473-bis.27 c.p.c.');
    expect(parsed.text).toContain(CASE_ID);
    expect(parsed.text).toContain('Niccolò Esposito, nato/a il 14/05/2016');
    expect(parsed.text).toContain('dal 01/02/2026, 00:00:00 al 31/03/2026, 23:59:59 (data del fatto)');
    expect(parsed.text).toContain('Giulia Bianchi (giulia.bianchi, ruolo court-liaison)');
  });

  it('has the six sections of art. 473-bis.27 c.p.c., in order', () => {
    const lines = parsed.text.split('\n');
    const positions = HEADINGS.map((heading) => lines.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('says who made each statement and the method of each evaluation', () => {
    expect(parsed.text).toContain('dichiarato da: insegnante');
    expect(parsed.text).toContain('metodo: colloquio semi-strutturato');
    expect(parsed.text).toContain('il bambino è stato accompagnato a scuola dalla nonna, più volte in ritardo');
  });

  it('lists measures, hearings and deadlines, with the deadline status in Italian', () => {
    expect(parsed.text).toContain('Affidamento al servizio sociale (disposta)');
    // where a placing measure put the child, beside its line
    expect(parsed.text.replace(/\s+/g, ' ')).toContain('collocato presso Casa Aurora, con il genitore Maria Esposito');
    expect(parsed.text).toContain('12/03/2026, 09:30:00');
    for (const status of ['rispettata', 'aperta', 'scaduta']) expect(parsed.text).toContain(status);
    expect(parsed.text).toContain('28/02/2026');
    expect(parsed.text).not.toMatch(/\b(met|open|lapsed)\b/);
  });

  it("has the child's hearing in its own section, with the child's words and wishes", () => {
    expect(parsed.text.split('\n')).toContain('Ascolto del minore');
    expect(parsed.text).toContain('«A scuola sto bene, a casa si urla.»');
    expect(parsed.text).toContain('Desiderio (il collocamento): Restare vicino alla nonna.');
  });

  it('shows the work with the parents: for whom, what, since when', () => {
    expect(parsed.text.split('\n')).toContain('Lavoro con i genitori');
    expect(parsed.text).toContain('Anna Esposito');
    expect(parsed.text).toContain('invio al centro antiviolenza');
  });

  it("shows the team's joint evaluation: each discipline, the conclusion, who agreed", () => {
    expect(parsed.text.split('\n')).toContain("Valutazione d'équipe");
    expect(parsed.text).toContain('Il legame con la madre è sicuro.');
    expect(parsed.text).toContain('Conclusione condivisa: Rientro in famiglia con educativa domiciliare.');
    expect(parsed.text).toContain('Concordano: alice, paola');
  });

  it('cites the head hash it covers on every page, with "pagina N di M"', async () => {
    const long = await rendered(reportDraft(120));
    expect(long.parsed.numpages).toBeGreaterThan(2);
    expect(long.parsed.pages[long.parsed.numpages - 1]).toContain(`pagina ${long.parsed.numpages} di ${long.parsed.numpages}`);
    expectFooterOnEveryPage(long.parsed, [`Hash di testa coperto: ${HEAD_HASH} (revisione 42)`]);
    expect(parsed.text).toContain(`pagina 1 di ${parsed.numpages}`);
  });

  it('embeds its fonts', () => expectOnlyEmbeddedFonts(pdf));

  it('says "Nessuna voce nel periodo" for each empty section', async () => {
    const { parsed: empty } = await rendered(emptyReportDraft());
    expect(empty.text.split('Nessuna voce nel periodo')).toHaveLength(HEADINGS.length + 1);
  });
});
