import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ReminderJob } from '../src/calendar/reminders/reminder-job';
import { caseClient, registerFacility } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP sink on a random port: every message it accepts, as sent. */
const smtpSink = async () => {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        mails.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

/** quoted-printable soft breaks and =XX bytes, enough to read a plain-text mail. */
const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe('the e-mail deadline digest (e2e)', () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let alice: ReturnType<typeof caseClient>;
  let caseId: string;
  const as = async (sub: string) => {
    const auth = `Bearer ${await t.token('social-worker', sub)}`;
    return {
      put: (path: string, body: object) => t.http().put(path).set('Authorization', auth).send(body),
      delete: (path: string) => t.http().delete(path).set('Authorization', auth),
    };
  };
  const now = new Date('2026-10-24T21:00:00+02:00');

  beforeAll(async () => {
    sink = await smtpSink();
    t = await createTestApp({
      clock: () => now,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        SMTP_FROM: 'Servizio Minori <scadenze@comune.example.it>',
        REMINDER_DAYS_AHEAD: '7',
        REMINDER_INTERVAL_SECONDS: '3600',
        PUBLIC_BASE_URL: 'https://tutela.comune.example.it',
      },
    });
    alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const household = await alice.household();
    const intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-10-01',
      mandates: ['investigation-and-assessment'],
      // overdue, within 7 days, beyond 7 days
      reportDeadlines: ['2026-10-20', '2026-10-30', '2026-11-15'],
    };
    const opened = { familyId: household.familyId, minorId: household.minorId, intake, occurredAt: '2026-10-05T10:00:00+02:00' };
    caseId = (await alice.post('/cases', opened).expect(201)).body.id;
    const placed = await alice
      .post(`/cases/${caseId}/emergency-placements`, {
        placedAt: '2026-10-24T18:00:00Z',
        placeKind: 'community',
        reason: 'Violence at home.',
        placedWith: { facilityId: (await registerFacility(t)).id },
      })
      .expect(201);
    await alice.get(`/deadlines?consistentWith=${encodeURIComponent(placed.body.position)}`).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends the worker one digest a day: overdue and due within REMINDER_DAYS_AHEAD, by step and case reference', async () => {
    const settings = await (await as('alice')).put('/workers/alice/reminder-settings', { email: 'alice@comune.example.it' });
    expect(settings.status).toBe(200);
    expect(settings.body).toEqual({ email: 'alice@comune.example.it', updatedAt: '2026-10-24T21:00:00+02:00', remindersEnabled: true });

    const job = t.app.get(ReminderJob);
    expect(await job.runOnce()).toBe(1);
    expect(sink.mails).toHaveLength(1);
    const [mail] = sink.mails;
    expect(mail.to).toEqual(['alice@comune.example.it']);
    expect(mail.from).toBe('scadenze@comune.example.it');
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toMatch(/Subject: tutela: 1 scadenze superate, 2 nei prossimi 7 giorni/);
    expect(body).toContain("- entro il 20/10/2026 – Relazione all'autorità giudiziaria – R.G. 123/2026");
    expect(body).toContain('- 25/10/2026 19:00 – Art. 403: trasmissione atti al PM – R.G. 123/2026');
    expect(body).toContain("- entro il 30/10/2026 – Relazione all'autorità giudiziaria – R.G. 123/2026");
    expect(body).not.toContain('15/11/2026');
    expect(body).toContain(`https://tutela.comune.example.it/cases/${caseId}`);
    expect(body).not.toMatch(/Giulia|Esposito/);
    expect(body.indexOf('Scadenze superate')).toBeLessThan(body.indexOf('In scadenza nei prossimi 7 giorni'));

    // The same day again: nothing more.
    expect(await job.runOnce()).toBe(0);
    expect(sink.mails).toHaveLength(1);
    const { rows } = await t.database.pool.query(
      'SELECT worker_id, rome_date::text AS day, due_count, overdue_count, sent_at FROM reminder_digests',
    );
    expect(rows).toEqual([{ worker_id: 'alice', day: '2026-10-24', due_count: 2, overdue_count: 1, sent_at: now }]);
  });

  it('only the worker sets or removes their address, and it must be an e-mail address', async () => {
    const bob = await as('bob');
    const owner = await as('alice');
    expect((await bob.put('/workers/alice/reminder-settings', { email: 'bob@example.it' }).expect(403)).body.code).toBe(
      'NOT_YOUR_CALENDAR',
    );
    for (const body of [{}, { email: 'not an address' }, { email: `${'a'.repeat(250)}@x.it` }, { email: 'a@b.it', extra: 1 }]) {
      expect((await owner.put('/workers/alice/reminder-settings', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    const { rows } = await t.database.pool.query('SELECT email FROM reminder_settings');
    expect(rows).toEqual([{ email: 'alice@comune.example.it' }]);
    await owner.delete('/workers/alice/reminder-settings').expect(204);
    expect((await t.database.pool.query('SELECT 1 FROM reminder_settings')).rowCount).toBe(0);
  });

  it('is off without SMTP_URL', async () => {
    const off = await createTestApp({ clock: () => now, projections: false });
    try {
      expect(await off.app.get(ReminderJob).runOnce()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
