import { CASE_EVENT_TYPES, CaseEvent } from '../../cases/case.events';
import { FREE_TEXT, caseEventSamples } from './testing/case-event-samples';
import { entryKindsOf, referenceGiven, referenceNeeded, timelineLabel } from './timeline.labels';

const samples = caseEventSamples();
const known: Record<string, string> = { 'worker:alice': 'Alice Rossi' };
/** Refs as the projection would have them after the samples before each one. */
const refsAfter = (events: CaseEvent[]) => {
  const refs = new Map<string, string>();
  for (const event of events) {
    const given = referenceGiven(event);
    if (given) refs.set(...given);
  }
  return (key: string) => refs.get(key) ?? known[key];
};
const story = Object.values(samples) as CaseEvent[];
const labelled = (event: CaseEvent) => timelineLabel(event, refsAfter(story.slice(0, story.indexOf(event))));

describe('timeline labels', () => {
  it('gives every case event type a line in Italian and in English', () => {
    for (const type of CASE_EVENT_TYPES) {
      const label = labelled(samples[type]);
      expect({ type, it: label.it.length > 0, en: label.en.length > 0, differ: label.it !== label.en }).toEqual({
        type,
        it: true,
        en: true,
        differ: true,
      });
    }
  });

  it('never shows the free text an event carries, only vocabularies, counts and dates', () => {
    for (const event of story) {
      const label = labelled(event);
      expect(`${event.type}: ${label.it} | ${label.en}`).not.toContain(FREE_TEXT);
    }
  });

  it('counts a contact’s entries by kind', () =>
    expect(labelled(samples.ContactRecorded)).toEqual({
      it: 'Visita domiciliare registrata (3 voci: 1 fatto, 1 dichiarazione, 1 valutazione)',
      en: 'Home visit recorded (3 entries: 1 fact, 1 statement, 1 evaluation)',
    }));

  it('agrees the Italian participle with the kind of contact', () =>
    expect(
      timelineLabel({
        ...samples.ContactRecorded,
        data: { ...samples.ContactRecorded.data, kind: 'interview', entries: [{ kind: 'fact', text: 'x' }] },
      }).it,
    ).toBe('Colloquio registrato (1 voce: 1 fatto)'));

  it('names what earlier events said about an id: the worker, the discipline, the measure', () => {
    expect(labelled(samples.TeamMemberReleased)).toEqual({
      it: "Uscita dall'équipe: Alice Rossi",
      en: 'Team member released: Alice Rossi',
    });
    expect(labelled(samples.AssessmentEntryRecorded)).toEqual({
      it: 'Valutazione sociale: voce registrata (dichiarazione)',
      en: 'Social assessment: entry recorded (statement)',
    });
    expect(labelled(samples.ProtectionMeasureOrdered).it).toBe(
      'Misura di protezione disposta: affido familiare (Tribunale per i Minorenni, decreto n. 12/2026 del 05/11/2026; ' +
        'L. 184/1983 art. 4, affido consensuale; dal 10/11/2026; fino al 09/11/2028; relazioni ogni 6 mesi; ' +
        'presso gli affidatari Luca Rossi, Anna Bianchi)',
    );
    expect(timelineLabel(samples.ProtectionMeasureEnded).en).toBe(
      'Protection measure ended on 2028-01-01 (Juvenile Court, decree no. 2/2028 of 2027-12-28)',
    );
  });

  it('shows instants as Europe/Rome wall-clock time', () =>
    expect(labelled(samples.EmergencyPlacementMade)).toEqual({
      it: "Collocamento d'urgenza (art. 403 c.c.): comunità madre-bambino, presso Casa Aurora, con il genitore Maria Esposito, 08/11/2026 ore 22:30",
      en: 'Emergency placement (art. 403 c.c.): mother–child community, at Casa Aurora, with the parent Maria Esposito, 2026-11-08 22:30',
    }));

  it('opens a case with its intake, and closes it with its reason', () => {
    expect(labelled(samples.CaseOpened)).toEqual({
      it: 'Presa in carico aperta: richiesta semi-spontanea, segnalazione da: scuola',
      en: 'Case opened: semi-spontaneous request, referred by: school',
    });
    const fromReport = {
      ...samples.CaseOpened.data,
      intake: { ...samples.CaseOpened.data.intake, reportId: 'r-1' },
    } as typeof samples.CaseOpened.data;
    expect(labelled({ type: 'CaseOpened', data: fromReport }).en).toBe(
      'Case opened: semi-spontaneous request, referred by: school, following a report',
    );
    expect(labelled(samples.CaseClosed)).toEqual({ it: 'Presa in carico chiusa: obiettivi raggiunti', en: 'Case closed: goals met' });
  });

  it('shows an authority this build does not know by its slug', () =>
    expect(
      timelineLabel({
        type: 'CourtHearingScheduled',
        data: { ...samples.CourtHearingScheduled.data, authority: 'tribunale-famiglia', proceedingNumber: undefined },
      }).en,
    ).toBe('Court hearing scheduled: tribunale-famiglia, 2027-01-15 09:30'));

  it('keeps the kinds of narrative entries, with who stated and which method, and nothing for other events', () => {
    expect(entryKindsOf(samples.ContactRecorded)).toEqual([
      { kind: 'fact' },
      { kind: 'statement', statedBy: 'mother' },
      { kind: 'evaluation', method: 'semi-structured interview' },
    ]);
    expect(entryKindsOf(samples.CourtReportSubmitted)).toHaveLength(4);
    expect(entryKindsOf(samples.CaseClosed)).toBeUndefined();
    expect(referenceNeeded(samples.CaseOpened)).toBeUndefined();
  });
});
