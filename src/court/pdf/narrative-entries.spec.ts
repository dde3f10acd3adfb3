import { ExportedEvent } from '../audit-trail.types';
import { narrativeEntriesOf } from './narrative-entries';
import { syntheticEvent } from './testing/synthetic-events';

const eventWith = (type: string, data: unknown): ExportedEvent => ({ ...syntheticEvent(7), type, data });
const where = { stream: syntheticEvent(7).stream, revision: 7, occurredAt: syntheticEvent(7).metadata.occurredAt };

describe('narrativeEntriesOf', () => {
  it('takes a contact’s entries in order, with the event they come from', () =>
    expect(
      narrativeEntriesOf(
        eventWith('ContactRecorded', {
          entries: [
            { kind: 'fact', text: 'f' },
            { kind: 'statement', statedBy: 'madre', text: 's' },
            { kind: 'evaluation', method: 'osservazione', text: 'e' },
          ],
        }),
      ),
    ).toEqual([
      { ...where, eventType: 'ContactRecorded', kind: 'fact', text: 'f' },
      { ...where, eventType: 'ContactRecorded', kind: 'statement', statedBy: 'madre', text: 's' },
      { ...where, eventType: 'ContactRecorded', kind: 'evaluation', method: 'osservazione', text: 'e' },
    ]));

  it('takes an assessment’s single entry and a court report’s sections', () => {
    expect(narrativeEntriesOf(eventWith('AssessmentEntryRecorded', { entry: { kind: 'fact', text: 'f' } }))).toHaveLength(1);
    const sections = [
      { kind: 'fact', text: 'a' },
      { kind: 'fact', text: 'b' },
    ];
    expect(narrativeEntriesOf(eventWith('CourtReportSubmitted', { sections }))).toHaveLength(2);
  });

  it('leaves out malformed entries and never fails on an unknown shape', () => {
    const malformed = [
      null,
      'text',
      { kind: 'fact' },
      { kind: 'statement', text: 's' },
      { kind: 'evaluation', text: 'e', method: '' },
      { kind: 'opinion', text: 'x' },
    ];
    expect(narrativeEntriesOf(eventWith('ContactRecorded', { entries: [...malformed, { kind: 'fact', text: 'ok' }] }))).toEqual([
      { ...where, eventType: 'ContactRecorded', kind: 'fact', text: 'ok' },
    ]);
    expect(narrativeEntriesOf(eventWith('ContactRecorded', { entries: 'not a list' }))).toEqual([]);
    expect(narrativeEntriesOf(eventWith('AssessmentEntryRecorded', null))).toEqual([]);
    expect(narrativeEntriesOf(eventWith('AssessmentEntryRecorded', {}))).toEqual([]);
  });

  it('finds none in other events', () =>
    expect(narrativeEntriesOf(eventWith('ProtectionMeasureProposed', { entries: [{ kind: 'fact', text: 'f' }] }))).toEqual([]));
});
