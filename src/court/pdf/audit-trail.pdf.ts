import { AuditTrailHeader, EventSource, ExportedEntry } from '../audit-trail.types';
import { EVENTS_TABLE, eventCells, eventNote } from './audit-trail-rows';
import { PageSetup } from './pdf-fonts';
import { actorLabel, minorLabel, rangeLabel, romeDateTime } from './pdf-format';
import { FooterText, Pen, heading, keepPace, noEntries, pageText } from './pdf-layout';
import { renderTwoPass } from './pdf-render';
import { writeEntriesSection, writeTitle } from './pdf-sections';
import { beginTable, endTable, fields, tableRow } from './pdf-table';
import { narrativeEntriesOf } from './narrative-entries';

const TITLE = 'Registro degli eventi del fascicolo';

/** Landscape: the events table has eight columns. */
const AUDIT_TRAIL_PAGE: PageSetup = { layout: 'landscape', margin: 30, footerHeight: 34, title: TITLE };

const SECTIONS: Array<{ kind: ExportedEntry['kind']; title: string }> = [
  { kind: 'fact', title: 'Fatti' },
  { kind: 'statement', title: 'Dichiarazioni' },
  { kind: 'evaluation', title: 'Valutazioni' },
];

const footerOf =
  (header: AuditTrailHeader): FooterText =>
  (page, pageCount) => ({
    lines: [`Impronta del fascicolo (SHA-256): ${header.digest}`, `Hash di testa: ${header.headHash}`, `Fascicolo ${header.caseId}`],
    pageLabel: pageText(page, pageCount),
  });

const writeHeader = (pen: Pen, header: AuditTrailHeader): void => {
  writeTitle(pen, TITLE, "Esportazione per l'Autorità Giudiziaria: ogni evento è registrato una sola volta e concatenato al precedente");
  fields(pen, [
    ['Fascicolo', header.caseId],
    ['Minore', minorLabel(header.minor)],
    ['Nucleo familiare', `${header.familyId}${header.familyMunicipality ? `, Comune di ${header.familyMunicipality}` : ''}`],
    ['Periodo', rangeLabel(header.range)],
    ['Esportato da', actorLabel(header.exportedBy)],
    ['Esportato il', romeDateTime(header.exportedAt)],
    ['Eventi nel periodo', String(header.eventCount)],
    ['Revisione di testa', String(header.headRevision)],
    ['Hash di testa', header.headHash],
    ['Impronta del fascicolo (SHA-256)', header.digest],
  ]);
};

const writeEventsTable = async (pen: Pen, events: EventSource): Promise<void> => {
  heading(pen, 'Eventi');
  let listed = 0;
  for await (const event of events()) {
    if (!event.inRange) continue;
    if (listed++ === 0) beginTable(pen, EVENTS_TABLE);
    tableRow(pen, EVENTS_TABLE, eventCells(event), eventNote(event));
    await keepPace(pen);
  }
  if (listed === 0) return noEntries(pen);
  endTable(pen);
};

/** One kind of entry of the events in range: the events are read again for each section, never held. */
async function* entriesOfKind(events: EventSource, kind: ExportedEntry['kind']): AsyncGenerator<ExportedEntry> {
  for await (const event of events()) {
    if (!event.inRange) continue;
    for (const entry of narrativeEntriesOf(event)) if (entry.kind === kind) yield entry;
  }
}

/**
 * The case file for a judge, in Italian, with DejaVu Sans embedded. Memory stays flat whatever the number of events:
 * the events are streamed (once per pass and section) and each page is written out as soon as it is full.
 */
export const renderAuditTrailPdf = (header: AuditTrailHeader, events: EventSource, out: NodeJS.WritableStream): Promise<void> =>
  renderTwoPass(
    AUDIT_TRAIL_PAGE,
    footerOf(header),
    async (pen) => {
      writeHeader(pen, header);
      await writeEventsTable(pen, events);
      for (const section of SECTIONS) await writeEntriesSection(pen, section.title, entriesOfKind(events, section.kind));
    },
    out,
  );
