/** A small JSON client for preparing the population before the timed runs (not used under load). */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const answer = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    return { status: answer.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  /** A POST that must succeed: the population is made through the API, and any refusal stops the bench. */
  async command(path: string, token: string, body: unknown): Promise<{ id?: string; revision: number }> {
    const { status, body: answer } = await this.request<{ id?: string; revision: number }>('POST', path, token, body);
    if (status < 200 || status > 299) throw new Error(`POST ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  /** Times one request, in milliseconds; the answer must be 2xx. */
  async timed(method: string, path: string, token: string, body?: unknown): Promise<number> {
    const started = performance.now();
    const { status, body: answer } = await this.request(method, path, token, body);
    const elapsed = performance.now() - started;
    if (status < 200 || status > 299) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return elapsed;
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export const inParallel = async <T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
};
