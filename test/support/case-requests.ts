import request from 'supertest';
import { romeDate } from '../../src/cases/case.age';
import { TestApp, countEvents } from './test-app';

/** Shared by the cases e2e specs: a household registered over HTTP, a case client, relative dates, refusal checks. */
const DAY = 86_400_000;
export const instantDaysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
export const dateDaysAgo = (days: number): string => romeDate(new Date(Date.now() - days * DAY));
export const today = (): string => romeDate(new Date());
/** A birth date so that the person turns `years` old `days` days from today (negative: days ago). */
export const bornToTurn = (years: number, inDays: number): string => {
  // Rome's calendar, as the server counts ages: between 23:00 and midnight UTC it is already tomorrow there.
  const [year, month, day] = romeDate(new Date(Date.now() + inDays * DAY)).split('-');
  return `${Number(year) - years}-${month}-${month === '02' && day === '29' ? '28' : day}`;
};

export interface Household {
  familyId: string;
  minorId: string;
  parentId: string;
  siblingId: string;
  uncleId: string;
}

type Call = request.Test;

export const caseClient = (t: TestApp, auth: string) => {
  const post = (path: string, body: object = {}, headers: Record<string, string> = {}): Call =>
    t.http().post(path).set('Authorization', auth).set(headers).send(body);
  const get = (path: string): Call => t.http().get(path).set('Authorization', auth);
  return {
    post,
    get,
    /** Registers a family with a minor (and a sibling), a parent and an uncle, through /families. */
    async household(minorBirthDate = bornToTurn(10, -30), siblingBirthDate = bornToTurn(7, -100)): Promise<Household> {
      const family = await post('/families', { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' }).expect(201);
      const familyId: string = family.body.id;
      // Every call is a different family whose people share names and birth dates: confirmed as new people.
      const member = async (givenName: string, birthDate: string, role: string) => {
        const body = { givenName, familyName: 'Esposito', birthDate, sex: 'F', role, confirmNewPerson: true };
        return (await post(`/families/${familyId}/members`, body).expect(201)).body.id as string;
      };
      return {
        familyId,
        minorId: await member('Giulia', minorBirthDate, 'minor'),
        siblingId: await member('Marco', siblingBirthDate, 'minor'),
        parentId: await member('Maria', '1985-06-01', 'parent'),
        uncleId: await member('Paolo', '1979-01-20', 'other-adult'),
      };
    },
    /** Opens a spontaneous case for the household's minor (or another member) and returns its id. */
    async open(household: Household, options: { minorId?: string; occurredAt?: string } = {}): Promise<string> {
      const body = {
        familyId: household.familyId,
        minorId: options.minorId ?? household.minorId,
        intake: { kind: 'spontaneous', requesterId: household.parentId, reason: 'Asks for help: school refusal.' },
        ...(options.occurredAt && { occurredAt: options.occurredAt }),
      };
      return (await post('/cases', body).expect(201)).body.id;
    },
  };
};

type Answer = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

/** A refusal: the status, problem+json with a stable code, and no event appended. */
export const expectRefused = async (t: TestApp, send: () => PromiseLike<Answer>, status: number, code: string) => {
  const before = await countEvents(t);
  const response = await send();
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(await countEvents(t)).toBe(before);
  return response.body;
};

/** A coordinator opens a case for a new household and puts these workers on its team. */
export const caseWithTeam = async (t: TestApp, team: Array<{ workerId: string; role: string }>) => {
  const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
  const household = await coordinator.household();
  const caseId = await coordinator.open(household);
  for (const { workerId, role } of team) {
    await coordinator.post(`/cases/${caseId}/team-members`, { workerId, name: 'Team Member', role }).expect(200);
  }
  return { caseId, familyId: household.familyId, household };
};

/** A facility body as POST /facilities takes it (issue 15); the kind decides which place kinds may name it. */
export const facilityBody = (kind = 'pronta-accoglienza', capacity = 8, name = 'Comunità Il Faro') => ({
  name,
  kind,
  capacity,
  municipality: { istatCode: '015146', name: 'Milano' },
  address: 'Via dei Mille 12',
  authorisation: { region: 'Lombardia', actNumber: 'DGR 1234/2024', actDate: '2024-03-15' },
});

/** A coordinator registers a facility; returns its id and the position to read it at. */
export const registerFacility = async (t: TestApp, body: object = facilityBody()): Promise<{ id: string; position: string }> => {
  const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
  const { body: answer } = await coordinator.post('/facilities', body).expect(201);
  return { id: answer.id, position: answer.position };
};

/** A coordinator registers the adults of a new household as foster carers, taking residential and emergency affido. */
export const registerFosterCarer = async (t: TestApp, places = 2): Promise<string> => {
  const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
  const carers = await coordinator.household();
  const body = {
    familyId: carers.familyId,
    carerIds: [carers.parentId, carers.uncleId],
    availability: { accepts: ['residential', 'emergency'], places },
    assessedOn: '2026-06-10',
  };
  return (await coordinator.post('/foster-carers', body).expect(201)).body.id;
};
