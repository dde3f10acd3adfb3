import { ExportedEntry, ReportDraft } from '../../audit-trail.types';
import { CASE_ID, FAMILY_ID } from './synthetic-events';

const entry = (revision: number, content: Pick<ExportedEntry, 'kind' | 'text' | 'statedBy' | 'method'>): ExportedEntry => ({
  stream: `case-${CASE_ID}`,
  revision,
  eventType: 'ContactRecorded',
  occurredAt: `2026-02-${String(10 + (revision % 15)).padStart(2, '0')}T10:00:00.000Z`,
  ...content,
});

export const HEAD_HASH = 'e3'.repeat(32);

/** A period with every kind of entry, a measure, a hearing and a deadline in each status; factCount stretches it over pages. */
export const reportDraft = (factCount = 2): ReportDraft => ({
  caseId: CASE_ID,
  familyId: FAMILY_ID,
  minor: { id: 'minore-1', name: 'Niccolò Esposito', birthDate: '2016-05-14' },
  period: { from: '2026-01-31T23:00:00.000Z', to: '2026-03-31T21:59:59.000Z' },
  generatedAt: '2026-04-02T08:00:00.000Z',
  generatedBy: { id: 'giulia.bianchi', role: 'court-liaison', name: 'Giulia Bianchi' },
  headRevision: 42,
  headHash: HEAD_HASH,
  facts: Array.from({ length: factCount }, (_, index) =>
    entry(index, { kind: 'fact', text: `Fatto ${index + 1}: il bambino è stato accompagnato a scuola dalla nonna, più volte in ritardo.` }),
  ),
  statements: [entry(20, { kind: 'statement', statedBy: 'insegnante', text: 'Riferisce che è più sereno e che la frequenza è regolare.' })],
  evaluations: [entry(21, { kind: 'evaluation', method: 'colloquio semi-strutturato', text: 'Capacità genitoriali in via di recupero.' })],
  childHearings: [
    {
      heardAt: '2026-02-20T15:00:00.000Z',
      place: 'Stanza di ascolto del consultorio',
      heardBy: ['paola'],
      present: ['curatore speciale avv. Neri'],
      method: 'Colloquio libero con disegno',
      statements: ['A scuola sto bene, a casa si urla.'],
      wishes: [{ about: 'placement', text: 'Restare vicino alla nonna.' }],
    },
  ],
  teamEvaluations: [
    {
      evaluationId: 'valutazione-1',
      evaluatedAt: '2026-03-10T10:00:00.000Z',
      contributions: [
        { discipline: 'social', workerId: 'alice', method: 'visite domiciliari', text: 'La casa è adeguata; la rete familiare sostiene.' },
        { discipline: 'psychological', workerId: 'paola', method: 'colloqui clinici', text: 'Il legame con la madre è sicuro.' },
      ],
      conclusion: 'Rientro in famiglia con educativa domiciliare.',
      agreedBy: ['alice', 'paola'],
      dissent: [],
    },
  ],
  parentWork: [
    {
      personId: 'madre-1',
      name: 'Anna Esposito',
      label: 'Obiettivo del Progetto Quadro: un alloggio stabile',
      since: '2026-02-05T09:00:00.000Z',
    },
    {
      personId: 'madre-1',
      name: 'Anna Esposito',
      label: 'Intervento avviato: invio al centro antiviolenza',
      since: '2026-02-06T09:00:00.000Z',
    },
  ],
  measures: [
    { measureId: 'm-1', label: 'Affidamento al servizio sociale (disposta)', status: 'disposta', since: '2026-02-03T09:00:00.000Z' },
    {
      measureId: 'm-2',
      label: 'Collocamento in comunità madre-bambino (disposta)',
      status: 'disposta',
      since: '2026-02-10T09:00:00.000Z',
      placedWith: 'collocato presso Casa Aurora, con il genitore Maria Esposito',
    },
  ],
  hearings: [{ hearingId: 'h-1', label: 'Udienza presso il Tribunale per i minorenni', hearingDate: '2026-03-12T08:30:00.000Z' }],
  deadlines: [
    { label: 'Relazione di aggiornamento', dueAt: '2026-02-28', status: 'met', metAt: '2026-02-27T15:00:00.000Z' },
    { label: 'Verifica del progetto quadro', dueAt: '2026-04-30', status: 'open' },
    { label: 'Comunicazione al PM', dueAt: '2026-03-01', status: 'lapsed' },
  ],
});

export const emptyReportDraft = (): ReportDraft => ({
  ...reportDraft(0),
  statements: [],
  evaluations: [],
  measures: [],
  hearings: [],
  deadlines: [],
});
