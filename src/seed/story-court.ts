import { CaseContext } from './story-context';

/** A judicial case and its court: a hearing, the report on the mandate's deadline, sometimes a further mandate. */
const SECTIONS = [
  { kind: 'fact', text: 'Il minore frequenta regolarmente la scuola dall\u2019avvio dell\u2019intervento educativo.' },
  { kind: 'statement', statedBy: 'madre', text: 'Riferisce un clima familiare più sereno e minori conflitti.' },
  { kind: 'statement', statedBy: 'insegnante', text: 'Riferisce che il minore è più tranquillo e partecipe in classe.' },
  { kind: 'evaluation', method: 'discussione d\u2019équipe', text: 'Rischio ridotto; si propone di proseguire il monitoraggio.' },
] as const;

/** firstDeadline: the story day of the mandate's first report deadline, around which the report is sent. */
export const courtStory = (c: CaseContext, until: number, firstDeadline: number): void => {
  const { random, story, court } = c;
  if (random.chance(0.6)) {
    const t = random.between(15, Math.max(16, until * 0.5));
    const hearingIn = random.between(20, 60);
    story.add(
      t,
      'schedule a court hearing',
      '/court-hearings',
      (tl) => ({
        authority: court.authority,
        hearingDate: tl.instant(t + hearingIn),
        proceedingNumber: court.proceeding(tl),
        purpose: 'Audizione dei genitori e aggiornamento sul mandato.',
        occurredAt: tl.instant(t),
      }),
      { counts: ['courtHearings'] },
    );
  }
  const reported = firstDeadline - random.between(0, 10);
  if (reported >= until - 1 || !random.chance(0.85)) return;
  const sections = random.sample(SECTIONS, random.int(2, 4));
  // coveredEvents (0 to the case's head at sending time) and headHash are filled in by the runner.
  story.add(
    reported,
    'submit the report to the court',
    '/court-reports',
    (tl) => ({
      authority: court.authority,
      proceedingNumber: court.proceeding(tl),
      periodFrom: tl.date(0),
      periodTo: tl.date(reported),
      sections,
      occurredAt: tl.instant(reported),
    }),
    { counts: ['courtReports'], pinsHead: true },
  );
  const again = reported + random.between(10, 40);
  if (again >= until - 1 || !random.chance(0.25)) return;
  story.add(again, 'receive a further mandate (monitoring)', '/judicial-mandates', (tl) => ({
    authority: court.authority,
    proceedingNumber: court.proceeding(tl),
    decreeDate: tl.date(again),
    mandates: ['monitoring'],
    reportDeadlines: [tl.date(again + 180)],
    occurredAt: tl.instant(again),
  }));
};
