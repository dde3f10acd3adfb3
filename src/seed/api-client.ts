import createClient, { Client } from 'openapi-fetch';
import type { paths } from '../../clients/typescript/schema';

/** A path template of the contract with its {params} as any text: `/cases/{caseId}/contacts` → `/cases/${string}/contacts`. */
type Pattern<P extends string> = P extends `${infer Head}{${string}}${infer Tail}` ? `${Head}${string}${Pattern<Tail>}` : P;
type PostTemplate = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

/**
 * Where a seed step may POST: a path of the generated client's contract (clients/typescript), refs in place of ids.
 * An endpoint renamed or removed in openapi.json no longer compiles here.
 */
export type SeedPostPath = Pattern<PostTemplate>;
/** The same under a case: what a story appends to `/cases/@{ref}`. */
export type CaseSubpath = PostTemplate extends infer P ? (P extends `/cases/{caseId}${infer S}` ? Pattern<S> : never) : never;

/** The seed's only way in: tutela's HTTP API with a bearer token, an Idempotency-Key on every POST, problems reported whole. */
export class SeedError extends Error {
  constructor(
    readonly step: string,
    readonly request: string,
    readonly status: number | undefined,
    readonly problem: unknown,
    hint?: string,
  ) {
    const answer = status === undefined ? String(problem) : `${status}\n${JSON.stringify(problem, null, 2)}`;
    super(`seed step failed: ${step}\n  ${request} -> ${answer}${hint ? `\n${hint}` : ''}`);
    this.name = 'SeedError';
  }
}

export interface CommandAnswer {
  id?: string;
  revision: number;
}

const NO_SUCH_FAMILY = '00000000-0000-4000-8000-000000000000';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The instance's rate limit (RATE_LIMIT_PER_MINUTE) slows the seed down; it never stops it. */
const MAX_RATE_LIMITED_WAITS = 120;

const reuseHint = (seed: number) =>
  `  This instance already holds seed ${seed} made with other data: an earlier run with another --as-of date (or another version of the seed).\n` +
  `  Re-run with the --as-of that run printed, or choose another --seed.`;

export class ApiClient {
  /** POSTs answered, and how many of them were replays of an earlier run. */
  sent = 0;
  replayed = 0;
  private readonly api: Client<paths>;

  constructor(
    private readonly baseUrl: string,
    token: string,
    private readonly seed: number,
  ) {
    this.api = createClient<paths>({
      baseUrl,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      fetch: (request) => this.fetchPatiently(request),
    });
  }

  /** Fails early and plainly: nothing listening, or a token the instance refuses. */
  async preflight(): Promise<void> {
    let health: Response;
    try {
      health = await fetch(`${this.baseUrl}/health`);
    } catch (error) {
      const cause = (error as Error).cause ?? error;
      throw new SeedError(
        'reach the instance',
        `GET ${this.baseUrl}/health`,
        undefined,
        cause,
        '  Is tutela running there? Start it with npm start, or pass --url.',
      );
    }
    if (!health.ok) throw new SeedError('reach the instance', 'GET /health', health.status, await problemOf(health));
    const probe = await this.asStep('check the token', () =>
      this.api.GET('/families/{familyId}', { params: { path: { familyId: NO_SUCH_FAMILY } } }),
    );
    if (probe.response.status !== 404) {
      throw new SeedError(
        'check the token',
        'GET /families/{unknown}',
        probe.response.status,
        probe.error ?? probe.data,
        '  The seed needs a coordinator token of this instance (--token or TOKEN).',
      );
    }
  }

  /** path: a contract path with its refs resolved, so it holds no {param} left for the client to fill. */
  async post(step: string, path: SeedPostPath, body: object, key: string, correlationId: string): Promise<CommandAnswer> {
    const headers = { 'Idempotency-Key': key, 'X-Correlation-Id': correlationId };
    for (let attempt = 1; ; attempt++) {
      // The typed client checks templates at compile time; a seed path is a filled one, checked by SeedPostPath.
      const answer = await this.asStep(step, () => this.api.POST(path as PostTemplate, { body: body as never, headers }));
      if (answer.response.ok) {
        this.sent++;
        if (answer.response.headers.get('idempotent-replayed') === 'true') this.replayed++;
        return answer.data as unknown as CommandAnswer;
      }
      const code = (answer.error as { code?: string } | undefined)?.code;
      // The same key still being processed (a request of an interrupted run): wait for it, then its answer is replayed.
      if (code === 'IDEMPOTENCY_KEY_IN_PROGRESS' && attempt < 10) {
        await sleep(100 * attempt);
        continue;
      }
      const hint = code === 'IDEMPOTENCY_KEY_REUSED' ? reuseHint(this.seed) : undefined;
      throw new SeedError(step, `POST ${path}`, answer.response.status, answer.error, hint);
    }
  }

  /** The chain hash of a case event: what a court report pins. */
  async eventHash(step: string, caseId: string, revision: number): Promise<string> {
    const request = `GET /cases/${caseId}/events?from=${revision}&limit=1`;
    const answer = await this.asStep(step, () =>
      this.api.GET('/cases/{caseId}/events', { params: { path: { caseId }, query: { from: revision, limit: 1 } } }),
    );
    if (!answer.data) throw new SeedError(step, request, answer.response.status, answer.error);
    const event = answer.data.items.find((e) => e.revision === revision);
    if (!event) throw new SeedError(step, request, answer.response.status, answer.data, `  No event at revision ${revision}.`);
    return event.hash;
  }

  /** A dropped connection the client could not retry becomes a SeedError naming the step. */
  private async asStep<T>(step: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw new SeedError(step, 'a request', undefined, (error as Error).cause ?? error);
    }
  }

  /**
   * The client's fetch, retried on a dropped connection and after a 429 (waiting its Retry-After): every POST carries
   * its Idempotency-Key, so a retry never writes twice.
   */
  private async fetchPatiently(request: Request): Promise<Response> {
    for (let attempt = 1, limited = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(request.clone());
      } catch (error) {
        if (attempt >= 4) throw error;
        await sleep(250 * attempt);
        continue;
      }
      if (response.status !== 429 || ++limited > MAX_RATE_LIMITED_WAITS) return response;
      await response.body?.cancel();
      await sleep(Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 1)) * 1000);
    }
  }
}

const problemOf = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
