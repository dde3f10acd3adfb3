import { Worker } from 'node:worker_threads';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { MirroredFollower, ProjectionThread } from '../src/projections/thread/projection-thread';
import { openAndList } from './support/open-and-list';
import { countQueries } from './support/query-counter';
import { TestApp, createTestApp } from './support/test-app';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The thread's Worker, reached through the runner: the one way to kill it as a crash would. */
const threadWorker = (t: TestApp): Worker | undefined =>
  (t.app.get(ProjectionRunner) as unknown as { thread: { worker?: Worker } }).thread.worker;

describe('projections on a thread of their own (e2e, PROJECTIONS_OWN_THREAD=true)', () => {
  let t: TestApp;
  let auth: string;
  let admin: string;
  let familyId: string;

  const allRunning = async () => {
    const { body } = await t.http().get('/admin/projections').set('Authorization', admin).expect(200);
    return body.items.length > 0 && body.items.every((item: { state: string }) => item.state === 'running');
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { PROJECTIONS_OWN_THREAD: 'true', DATABASE_URL: serverUrl } });
    auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    admin = `Bearer ${await t.token('admin', 'ops')}`;
    familyId = (await t.http().post('/families').set('Authorization', auth).send(family).expect(201)).body.id;
  }, 60_000);
  afterAll(async () => t.close());

  it('runs no projection worker on the API thread: every projection is a mirror of the thread, and runs there', async () => {
    const runner = t.app.get(ProjectionRunner);
    expect(runner.followerStates().length).toBeGreaterThan(0);
    expect((runner as unknown as { thread: unknown }).thread).toBeInstanceOf(ProjectionThread);
    expect((runner as unknown as { followers: unknown[] }).followers.every((f) => f instanceof MirroredFollower)).toBe(true);
    await until('every projection runs on the thread', allRunning);
  });

  it('a case opened, then listed with consistentWith, is in the list, woken by the thread without reading checkpoints', async () => {
    await until('every projection runs on the thread', allRunning);
    const counting = countQueries(t.database.pool, t.app.getHttpServer());
    for (let i = 0; i < 20; i++) {
      const { opened, consistency, ids } = await openAndList(t, auth, familyId, `Filo${i}x`);
      expect({ i, consistency, ids }).toEqual({ i, consistency: 'consistent', ids: [opened] });
    }
    counting.stop();
    expect(counting.statements.filter((statement) => statement.includes('projection_checkpoints'))).toEqual([]);
  });

  it('starts the thread again when it dies, and read-your-writes goes on', async () => {
    const first = threadWorker(t)!;
    await first.terminate();
    await until('a new thread runs every projection', async () => {
      const current = threadWorker(t);
      return current !== undefined && current !== first && (await allRunning());
    });
    const { opened, consistency, ids } = await openAndList(t, auth, familyId, 'Ripartita');
    expect({ consistency, ids }).toEqual({ consistency: 'consistent', ids: [opened] });
  }, 60_000);
});
