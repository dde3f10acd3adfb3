import autocannon from 'autocannon';
import { contactBody } from './bodies';
import { ApiClient } from './client';
import { Actor, openCaseForNewFamily } from './population';
import { mulberry32 } from './prng';
import { median } from './stats';

/**
 * The long-lived case: one case given `target` events (contacts, sent concurrently through the API, as fast as it
 * takes them, up to a time cap), then GET /cases/{id} and one more contact, each timed alone, median of `runs`.
 */
export interface BigCaseResult {
  target: number;
  /** Events the case stream reached (its revision + 1, from the ETag of the last read). */
  events: number;
  fillSeconds: number;
  fillCommandsPerSecond: number;
  fillNon2xx: number;
  capped: boolean;
  runs: number;
  getMs: number;
  commandMs: number;
  /** The same two timings on a fresh case with a handful of events, for comparison. */
  smallCase: { getMs: number; commandMs: number };
}

const timeBoth = async (client: ApiClient, caseId: string, token: string, runs: number, seed: number) => {
  const random = mulberry32(seed);
  const gets: number[] = [];
  const commands: number[] = [];
  for (let i = 0; i < runs; i++) {
    gets.push(await client.timed('GET', `/cases/${caseId}`, token));
    commands.push(await client.timed('POST', `/cases/${caseId}/contacts`, token, contactBody(random)));
  }
  return { getMs: median(gets), commandMs: median(commands) };
};

export const bigCase = async (
  client: ApiClient,
  owner: Actor,
  options: { target: number; connections: number; capSeconds: number; runs: number; seed: number },
): Promise<BigCaseResult> => {
  const random = mulberry32(options.seed);
  const { caseId } = await openCaseForNewFamily(client, random, owner);
  const body = JSON.stringify(contactBody(random));
  let non2xx = 0;
  let ok = 0;
  const started = performance.now();
  let capped = false;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${client.baseUrl}/cases/${caseId}/contacts`,
        connections: options.connections,
        amount: options.target,
        method: 'POST',
        headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' },
        body,
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, status) => (status >= 200 && status < 300 ? ok++ : non2xx++));
    const cap = setTimeout(() => {
      capped = true;
      instance.stop();
    }, options.capSeconds * 1000);
    instance.on('done', () => clearTimeout(cap));
  });
  const fillSeconds = (performance.now() - started) / 1000;
  const read = await client.request('GET', `/cases/${caseId}`, owner.token);
  const events = Number((read.body as { revision?: number }).revision ?? -1) + 1;
  const big = await timeBoth(client, caseId, owner.token, options.runs, options.seed + 1);
  const small = await openCaseForNewFamily(client, random, owner);
  const smallCase = await timeBoth(client, small.caseId, owner.token, options.runs, options.seed + 2);
  return {
    target: options.target,
    events,
    fillSeconds,
    fillCommandsPerSecond: ok / fillSeconds,
    fillNon2xx: non2xx,
    capped,
    runs: options.runs,
    ...big,
    smallCase,
  };
};
