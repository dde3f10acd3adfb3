import { romeDate } from '../../src/cases/case.age';
import { fiscalCodeOf } from '../../src/seed/fiscal-code.generate';
import { caseClient, dateDaysAgo, instantDaysAgo } from './case-requests';
import { TestApp } from './test-app';

/** Households whose every name, code, address and text is distinctive, so an export can be searched for each. */
const HOUSEHOLDS = {
  zanardelli: {
    istat: '016024',
    town: 'Bergamo',
    belfiore: 'A794',
    address: 'Via dei Glicini 17',
    minor: 'Ottavio',
    parent: 'Ermenegilda',
  },
  quaglieri: { istat: '015146', town: 'Milano', belfiore: 'F205', address: 'Piazza delle Erbe 3', minor: 'Filiberta', parent: 'Tancredi' },
  bortolazzi: { istat: '108033', town: 'Monza', belfiore: 'F704', address: 'Corso Garibaldi 221', minor: 'Eusebio', parent: 'Clotilde' },
  cavalcanti: { istat: '012133', town: 'Varese', belfiore: 'L682', address: 'Vicolo Stretto 8', minor: 'Gervasio', parent: 'Olimpia' },
} as const;
type HouseholdName = keyof typeof HOUSEHOLDS;
export const CORRECTED_BIRTH_DATE = '2016-04-02';
export const BIRTH_DATES: Record<HouseholdName, string> = {
  zanardelli: '2014-05-09',
  quaglieri: '2016-03-21',
  bortolazzi: '2012-11-30',
  cavalcanti: '2013-01-15',
};

/** Posts as one social worker; remembers the last position, every id answered and the texts that must never be exported. */
const storyWriter = async (t: TestApp, writer: string) => {
  const api = caseClient(t, `Bearer ${await t.token('social-worker', writer)}`);
  const seen = { position: '', ids: [] as string[], secrets: [writer] };
  const step = async (path: string, body: object, ...secrets: string[]): Promise<string> => {
    const answer = await api.post(path, body);
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    seen.secrets.push(...secrets);
    seen.position = answer.body.position;
    if (answer.body.id) seen.ids.push(answer.body.id);
    return answer.body.id;
  };
  const household = async (name: HouseholdName) => {
    const h = HOUSEHOLDS[name];
    const familyName = name[0].toUpperCase() + name.slice(1);
    const familyId = await step('/families', { municipality: { istatCode: h.istat, name: h.town }, address: h.address }, h.address, h.town);
    const member = (givenName: string, birthDate: string, sex: 'M' | 'F', role: string) => {
      const fiscalCode = fiscalCodeOf({ givenName, familyName, birthDate, sex, birthplace: h.belfiore });
      return step(
        `/families/${familyId}/members`,
        { givenName, familyName, birthDate, sex, role, fiscalCode },
        givenName,
        familyName,
        fiscalCode,
      );
    };
    const minorId = await member(h.minor, BIRTH_DATES[name], 'M', 'minor');
    const parentId = await member(h.parent, '1979-04-12', 'F', 'parent');
    return { familyId, minorId, parentId };
  };
  const open = async (h: { familyId: string; minorId: string }, intake: object, occurredAt: string, ...secrets: string[]) =>
    `/cases/${await step('/cases', { familyId: h.familyId, minorId: h.minorId, intake, occurredAt }, ...secrets)}`;
  return { seen, step, household, open };
};

/** Four cases: one of each intake kind in the last 60 days, with their work, and one closed 100 days ago. */
export const seedStatisticsStory = async (t: TestApp, writer = 'wrk-ottorino') => {
  const { seen, step, household, open } = await storyWriter(t, writer);
  const opened = {
    zanardelli: instantDaysAgo(60),
    quaglieri: instantDaysAgo(45),
    bortolazzi: instantDaysAgo(40),
    cavalcanti: instantDaysAgo(200),
  };
  const when = { assessed: instantDaysAgo(20), closed: instantDaysAgo(2), placed: instantDaysAgo(3) };
  const days = { interventionStarted: dateDaysAgo(15), interventionEnded: dateDaysAgo(5), measureOrdered: dateDaysAgo(10) };

  // Spontaneous: a team member, an assessment, a plan with one intervention that ended, then a closure.
  const z = await household('zanardelli');
  const reason = 'Chiede aiuto: Ottavio non dorme più.';
  const c1 = await open(z, { kind: 'spontaneous', requesterId: z.parentId, reason }, opened.zanardelli, reason);
  const worker = { workerId: 'gpellizzari', name: 'Gianbattista Pellizzari', role: 'social-worker' };
  await step(`${c1}/team-members`, worker, worker.workerId, worker.name);
  const assessment = await step(`${c1}/assessments`, { discipline: 'social' });
  await step(
    `${c1}/assessments/${assessment}/entries`,
    { kind: 'statement', statedBy: 'la madre', text: 'Dorme dal nonno Arturo.' },
    'Arturo',
  );
  const factors = { riskFactors: ['patrigno Ugolino'], protectiveFactors: ['nonna Adalgisa'], summary: 'Sintesi riservatissima' };
  await step(
    `${c1}/assessments/${assessment}/completion`,
    { riskLevel: 'high', ...factors, occurredAt: when.assessed },
    'Ugolino',
    'Adalgisa',
  );
  const plan = await step(`${c1}/support-plans`, {
    goals: ['Ottavio dorme a casa'],
    interventions: [{ kind: 'home-educational-support' }],
  });
  const consent = { name: 'Ermenegilda Zanardelli', role: 'parent', memberId: z.parentId, consentedAt: dateDaysAgo(18) };
  await step(`${c1}/support-plans/${plan}/agreement`, { consents: [consent] });
  const started = { kind: 'home-educational-support', provider: 'Coop. Girasole Nascosto', startedOn: days.interventionStarted };
  const intervention = await step(`${c1}/support-plans/${plan}/interventions`, started, 'Girasole Nascosto');
  const ended = { endedOn: days.interventionEnded, outcome: 'Esito: ora dorme sereno.' };
  await step(`${c1}/support-plans/${plan}/interventions/${intervention}/end`, ended, 'dorme sereno');
  await step(`${c1}/closure`, { reason: 'goals-met', note: 'Nota di chiusura molto privata', occurredAt: when.closed }, 'molto privata');

  // Semi-spontaneous, from a school: a foster care measure, proposed and ordered.
  const q = await household('quaglieri');
  const referrer = { kind: 'school', organisation: 'Istituto Comprensivo Pascolini', contactPerson: 'prof.ssa Teodolinda Marchetti' };
  const semi = { kind: 'semi-spontaneous', referrer, reason: 'Arriva a scuola con lividi evidenti.' };
  const c2 = await open(q, semi, opened.quaglieri, 'Pascolini', 'Teodolinda', 'lividi evidenti');
  const basis = 'l184-art4-judicial-affido';
  // with relatives (affido intrafamiliare), who need not be registered foster carers
  const proposal = { kind: 'foster-care', legalBasis: basis, placeKind: 'relatives', reason: 'Padre detenuto a Opera' };
  const measure = await step(`${c2}/protection-measures`, proposal, 'detenuto a Opera');
  const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '777/2026', decreeDate: days.measureOrdered, legalBasis: basis };
  await step(`${c2}/protection-measures/${measure}/order`, decree, '777/2026');
  // A birth date corrected after the opening moves the birth month the export gives.
  // The fiscal code encodes the birth date, so it is corrected with it.
  const { minor, belfiore } = HOUSEHOLDS.quaglieri;
  const fiscalCode = fiscalCodeOf({
    givenName: minor,
    familyName: 'Quaglieri',
    birthDate: CORRECTED_BIRTH_DATE,
    sex: 'M',
    birthplace: belfiore,
  });
  const correction = { birthDate: CORRECTED_BIRTH_DATE, fiscalCode, reason: 'Data trascritta male allo sportello' };
  await step(`/families/${q.familyId}/members/${q.minorId}/corrections`, correction, 'trascritta male', fiscalCode);

  // Judicial: an art. 403 emergency placement.
  const b = await household('bortolazzi');
  const mandate = { authority: 'tribunale-per-i-minorenni', proceedingNumber: '4711/2026 R.G.', decreeDate: dateDaysAgo(41) };
  const judicial = { kind: 'judicial', ...mandate, mandates: ['investigation-and-assessment'], reportDeadlines: [dateDaysAgo(-60)] };
  const c3 = await open(b, judicial, opened.bortolazzi, '4711/2026');
  const placement = { placedAt: when.placed, placeKind: 'relatives', reason: 'Trovato solo in casa di notte' };
  await step(`${c3}/emergency-placements`, placement, 'solo in casa');

  // Closed long before any recent period: never in its export.
  const v = await household('cavalcanti');
  const c4 = await open(v, { kind: 'spontaneous', requesterId: v.parentId, reason: 'Richiesta lontana.' }, opened.cavalcanti);
  await step(`${c4}/closure`, { reason: 'moved-away', occurredAt: instantDaysAgo(100) });

  const minors = { zanardelli: z.minorId, quaglieri: q.minorId, bortolazzi: b.minorId, cavalcanti: v.minorId };
  return { ...seen, minors, opened, when, days, day: (instant: string) => romeDate(instant) };
};
