import { TestApp } from './test-app';

/**
 * Adds a new minor to the household, opens a case for them, and lists cases by their name with the position the
 * opening answered: the read-your-writes round trip a front end makes.
 */
export const openAndList = async (t: TestApp, auth: string, familyId: string, givenName: string) => {
  const member = await t
    .http()
    .post(`/families/${familyId}/members`)
    .set('Authorization', auth)
    .send({ givenName, familyName: 'Rossi', birthDate: '2014-05-05', sex: 'F', role: 'minor', confirmNewPerson: true })
    .expect(201);
  const opened = await t
    .http()
    .post('/cases')
    .set('Authorization', auth)
    .send({ familyId, minorId: member.body.id, intake: { kind: 'spontaneous', requesterId: member.body.id, reason: 'asks for help' } })
    .expect(201);
  const listed = await t
    .http()
    .get('/cases')
    .query({ search: givenName, consistentWith: opened.body.position })
    .set('Authorization', auth)
    .expect(200);
  return {
    opened: opened.body.id as string,
    consistency: listed.headers['x-consistency'],
    ids: listed.body.items.map((c: { caseId: string }) => c.caseId),
  };
};
