import { Discipline, WishSubject } from '../../cases/case.values';
import { DISCIPLINE, WISH_SUBJECT } from '../../projections/timeline/timeline.vocabulary';
import { ReportDraft } from '../audit-trail.types';
import { PageSetup } from './pdf-fonts';
import { actorLabel, minorLabel, romeDate, romeDateTime } from './pdf-format';
import { FooterText, Pen, heading, noEntries, pageText, paragraph } from './pdf-layout';
import { renderTwoPass } from './pdf-render';
import { writeEntriesSection, writeTableSection, writeTitle } from './pdf-sections';
import { Table, fields } from './pdf-table';
import { STYLES } from './pdf-text';

const TITLE = "Bozza di relazione all'Autorità Giudiziaria";

const REPORT_PAGE: PageSetup = { layout: 'portrait', margin: 40, footerHeight: 26, title: TITLE };

export const DEADLINE_STATUS: Record<ReportDraft['deadlines'][number]['status'], string> = {
  met: 'rispettata',
  open: 'aperta',
  lapsed: 'scaduta',
};

const listTable = (columns: Array<[title: string, share: number]>): Table => ({
  columns: columns.map(([title, share]) => ({ title, share })),
  showHeader: true,
  style: STYLES.body,
  padding: 3,
  ruled: true,
});

const MEASURES_TABLE = listTable([
  ['Misura', 5],
  ['Stato', 2],
  ['Dal', 1.5],
]);
const HEARINGS_TABLE = listTable([
  ['Udienza', 6],
  ['Data', 2],
]);
const PARENT_WORK_TABLE = listTable([
  ['Per', 2],
  ['Obiettivo o intervento', 5],
  ['Dal', 1.5],
]);
const DEADLINES_TABLE = listTable([
  ['Scadenza', 5],
  ['Entro il', 1.5],
  ['Stato', 1.5],
  ['Rispettata il', 1.5],
]);

const footerOf =
  (draft: ReportDraft): FooterText =>
  (page, pageCount) => ({
    lines: [`Hash di testa coperto: ${draft.headHash} (revisione ${draft.headRevision})`, `Bozza – fascicolo ${draft.caseId}`],
    pageLabel: pageText(page, pageCount),
  });

const writeHeader = (pen: Pen, draft: ReportDraft): void => {
  writeTitle(pen, TITLE, "Relazione ai sensi dell'art. 473-bis.27 c.p.c.: fatti, dichiarazioni e valutazioni tenuti distinti");
  fields(pen, [
    ['Fascicolo', draft.caseId],
    ['Minore', minorLabel(draft.minor)],
    ['Nucleo familiare', draft.familyId],
    ['Periodo', `dal ${romeDateTime(draft.period.from)} al ${romeDateTime(draft.period.to)} (data del fatto)`],
    ['Generata da', actorLabel(draft.generatedBy)],
    ['Generata il', romeDateTime(draft.generatedAt)],
    ['Revisione di testa', String(draft.headRevision)],
    ['Hash di testa coperto', draft.headHash],
  ]);
};

/** Ascolto del minore: each hearing, how it was held, then the child's own words and wishes. */
const writeChildHearings = (pen: Pen, hearings: ReportDraft['childHearings']): void => {
  heading(pen, 'Ascolto del minore');
  if (hearings.length === 0) return noEntries(pen);
  for (const h of hearings) {
    paragraph(pen, `${romeDateTime(h.heardAt)}, ${h.place}`, STYLES.label, { gapAfter: 1 });
    const present = h.present.length ? h.present.join(', ') : 'nessun altro';
    paragraph(pen, `Ascoltato da: ${h.heardBy.join(', ')}; presenti: ${present}. Modalità: ${h.method}`, STYLES.body, { gapAfter: 2 });
    for (const words of h.statements) paragraph(pen, `«${words}»`, STYLES.body, { indent: 10, gapAfter: 1 });
    for (const wish of h.wishes)
      paragraph(pen, `Desiderio (${WISH_SUBJECT[wish.about as WishSubject]?.it ?? wish.about}): ${wish.text}`, STYLES.body, {
        indent: 10,
        gapAfter: 1,
      });
    pen.y += 4;
  }
};

/** Valutazione d'équipe: each discipline's contribution, the conclusion, who agreed and who dissented. */
const writeTeamEvaluations = (pen: Pen, evaluations: ReportDraft['teamEvaluations']): void => {
  heading(pen, "Valutazione d'équipe");
  if (evaluations.length === 0) return noEntries(pen);
  for (const e of evaluations) {
    paragraph(pen, romeDateTime(e.evaluatedAt), STYLES.label, { gapAfter: 1 });
    for (const c of e.contributions) {
      const who = `${DISCIPLINE[c.discipline as Discipline]?.it ?? c.discipline} (${c.workerId}${c.method ? `, ${c.method}` : ''})`;
      paragraph(pen, `${who}: ${c.text}`, STYLES.body, { indent: 10, gapAfter: 1 });
    }
    paragraph(pen, `Conclusione condivisa: ${e.conclusion}`, STYLES.body, { gapAfter: 1 });
    paragraph(pen, `Concordano: ${e.agreedBy.join(', ')}`, STYLES.body, { gapAfter: 1 });
    for (const d of e.dissent) paragraph(pen, `Dissenso di ${d.workerId}: ${d.text}`, STYLES.body, { indent: 10, gapAfter: 1 });
    pen.y += 4;
  }
};

const writeDraft = async (pen: Pen, draft: ReportDraft): Promise<void> => {
  writeHeader(pen, draft);
  await writeEntriesSection(pen, 'Fatti accertati', draft.facts);
  await writeEntriesSection(pen, 'Dichiarazioni', draft.statements);
  await writeEntriesSection(pen, 'Valutazioni', draft.evaluations);
  writeChildHearings(pen, draft.childHearings);
  writeTeamEvaluations(pen, draft.teamEvaluations);
  writeTableSection(
    pen,
    'Misure di protezione',
    MEASURES_TABLE,
    draft.measures.map((m) => [m.placedWith ? `${m.label} — ${m.placedWith}` : m.label, m.status, romeDate(m.since)]),
  );
  writeTableSection(
    pen,
    'Udienze',
    HEARINGS_TABLE,
    draft.hearings.map((h) => [h.label, romeDateTime(h.hearingDate)]),
  );
  writeTableSection(
    pen,
    'Lavoro con i genitori',
    PARENT_WORK_TABLE,
    draft.parentWork.map((w) => [w.name ?? w.personId, w.label, romeDate(w.since)]),
  );
  writeTableSection(
    pen,
    'Scadenze',
    DEADLINES_TABLE,
    draft.deadlines.map((d) => [d.label, romeDate(d.dueAt), DEADLINE_STATUS[d.status] ?? d.status, d.metAt ? romeDate(d.metAt) : '—']),
  );
};

/** The court report draft in Italian, same fonts and footer scheme as the audit trail. */
export const renderReportDraftPdf = (draft: ReportDraft, out: NodeJS.WritableStream): Promise<void> =>
  renderTwoPass(REPORT_PAGE, footerOf(draft), (pen) => writeDraft(pen, draft), out);
