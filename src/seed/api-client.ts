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

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly seed: number,
  ) {}

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
    if (!health.ok) throw new SeedError('reach the instance', 'GET /health', health.status, await this.problemOf(health));
    const probe = await this.fetch('check the token', `${this.baseUrl}/families/${NO_SUCH_FAMILY}`, { headers: this.headers() });
    if (probe.status !== 404) {
      throw new SeedError(
        'check the token',
        'GET /families/{unknown}',
        probe.status,
        await this.problemOf(probe),
        '  The seed needs a coordinator token of this instance (--token or TOKEN).',
      );
    }
  }

  async post(step: string, path: string, body: object, key: string, correlationId: string): Promise<CommandAnswer> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.fetch(step, `${this.baseUrl}${path}`, {
        method: 'POST',
        headers: { ...this.headers(), 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Correlation-Id': correlationId },
        body: JSON.stringify(body),
      });
      if (response.ok) {
        this.sent++;
        if (response.headers.get('idempotent-replayed') === 'true') this.replayed++;
        return (await response.json()) as CommandAnswer;
      }
      const problem = await this.problemOf(response);
      const code = (problem as { code?: string } | undefined)?.code;
      // The same key still being processed (a request of an interrupted run): wait for it, then its answer is replayed.
      if (code === 'IDEMPOTENCY_KEY_IN_PROGRESS' && attempt < 10) {
        await sleep(100 * attempt);
        continue;
      }
      throw new SeedError(
        step,
        `POST ${path}`,
        response.status,
        problem,
        code === 'IDEMPOTENCY_KEY_REUSED' ? reuseHint(this.seed) : undefined,
      );
    }
  }

  /** The chain hash of a case event: what a court report pins. */
  async eventHash(step: string, caseId: string, revision: number): Promise<string> {
    const path = `/cases/${caseId}/events?from=${revision}&limit=1`;
    const response = await this.fetch(step, `${this.baseUrl}${path}`, { headers: this.headers() });
    if (!response.ok) throw new SeedError(step, `GET ${path}`, response.status, await this.problemOf(response));
    const page = (await response.json()) as { items: Array<{ revision: number; hash: string }> };
    const event = page.items.find((e) => e.revision === revision);
    if (!event) throw new SeedError(step, `GET ${path}`, response.status, page, `  No event at revision ${revision}.`);
    return event.hash;
  }

  private headers(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
  }

  /**
   * fetch, retried on a dropped connection and after a 429 (waiting its Retry-After): every POST carries its
   * Idempotency-Key, so a retry never writes twice.
   */
  private async fetch(step: string, url: string, init: RequestInit): Promise<Response> {
    for (let attempt = 1, limited = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, init);
      } catch (error) {
        if (attempt >= 4) throw new SeedError(step, `${init.method ?? 'GET'} ${url}`, undefined, (error as Error).cause ?? error);
        await sleep(250 * attempt);
        continue;
      }
      if (response.status !== 429 || ++limited > MAX_RATE_LIMITED_WAITS) return response;
      await response.body?.cancel();
      await sleep(Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 1)) * 1000);
    }
  }

  private async problemOf(response: Response): Promise<unknown> {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
}
