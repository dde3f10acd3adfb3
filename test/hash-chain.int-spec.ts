import { randomUUID } from 'node:crypto';
import { EventLog } from '../src/event-store/event-log';
import { GENESIS_HASH, verifyChain } from '../src/event-store/hash-chain';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { TestDatabase, createTestDatabase } from './support/test-database';

const metadata = () => ({
  actor: { id: 'alice', role: 'social-worker' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: '2026-11-02T10:00:00.000Z',
});

describe('hash chain over the postgres store', () => {
  let database: TestDatabase;
  let log: EventLog;
  beforeAll(async () => {
    database = await createTestDatabase();
    log = new EventLog(new PostgresEventStore(database.pool));
  });
  afterAll(async () => database.close());

  const writeStream = async () => {
    const stream = `family-${randomUUID()}`;
    await log.append(stream, [{ type: 'FamilyRegistered', data: { address: 'Via Roma 1' }, metadata: metadata() }], 'no_stream');
    await log.append(
      stream,
      [
        { type: 'FamilyMemberAdded', data: { givenName: 'Luca', birthDate: '2015-03-02' }, metadata: metadata() },
        { type: 'FamilyMemberAdded', data: { givenName: 'Anna', birthDate: '1985-06-11' }, metadata: metadata() },
      ],
      0n,
    );
    await log.append(stream, [{ type: 'FamilyMemberDetailsCorrected', data: { givenName: 'Luca Maria' }, metadata: metadata() }], 'any');
    return log.readStreamToArray(stream);
  };

  it('links every event to the one before it, from 64 zeros', async () => {
    const events = await writeStream();
    expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i].metadata.prevHash).toBe(events[i - 1].metadata.hash);
    expect(events.every((e) => typeof e.metadata.recordedAt === 'string' && e.metadata.schemaVersion === 1)).toBe(true);
    const result = verifyChain(events);
    expect(result).toEqual({ valid: true, events: 4, headHash: events[3].metadata.hash });
  });

  it('fails at the first altered event when one byte of a copy changes', async () => {
    const events = await writeStream();
    const copy = structuredClone(events);
    (copy[2].data as { givenName: string }).givenName = 'Bnna';
    const result = verifyChain(copy);
    expect(result).toMatchObject({ valid: false, firstBad: { revision: '2', eventId: events[2].id } });
  });

  it('fails when metadata such as occurredAt is altered, or an event is removed', async () => {
    const events = await writeStream();
    const altered = structuredClone(events);
    altered[1].metadata.occurredAt = '2026-11-01T10:00:00.000Z';
    expect(verifyChain(altered)).toMatchObject({ valid: false, firstBad: { revision: '1' } });
    const gap = [events[0], events[2], events[3]];
    expect(verifyChain(gap)).toMatchObject({ valid: false, firstBad: { revision: '2', reason: expect.stringContaining('prevHash') } });
  });

  it('refuses a stale exact revision without writing a broken link', async () => {
    const events = await writeStream();
    const stream = events[0].stream;
    await expect(log.append(stream, [{ type: 'X', data: {}, metadata: metadata() }], 1n)).rejects.toMatchObject({ actual: 3n });
    expect(verifyChain(await log.readStreamToArray(stream)).valid).toBe(true);
  });
});
