import { ClientRequest, IncomingMessage, get } from 'node:http';

/** One dispatched frame: an event (id, event, data) or a bare id that only moves the cursor. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
}

/** A plain Server-Sent Events reader over node:http, parsing frames itself, as an integrator without a library would. */
export class SseClient {
  readonly frames: SseFrame[] = [];
  readonly comments: string[] = [];
  /** Everything received, for a refusal's problem+json body. */
  text = '';
  private buffer = '';

  constructor(
    private readonly request: ClientRequest,
    readonly response: IncomingMessage,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.receive(chunk));
  }

  get events(): Array<{ id: string; event: string; data: Record<string, unknown> }> {
    return this.frames.filter((f) => f.data !== undefined).map((f) => ({ id: f.id!, event: f.event!, data: JSON.parse(f.data!) }));
  }

  /** The id an EventSource would send back as Last-Event-ID. */
  get lastEventId(): string | undefined {
    return this.frames.filter((f) => f.id !== undefined).at(-1)?.id;
  }

  async waitFor(done: (client: this) => boolean, timeoutMs = 10_000): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; !done(this); await new Promise((r) => setTimeout(r, 10))) {
      if (Date.now() > deadline) throw new Error(`SSE: timed out with ${this.frames.length} frames and ${this.comments.length} comments`);
    }
  }

  close(): void {
    this.request.destroy();
  }

  private receive(chunk: string): void {
    this.text += chunk;
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\n\n'); end >= 0; end = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const frame: SseFrame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        const [, field, value] = /^(id|event|data): ?(.*)$/.exec(line) ?? [];
        if (field) frame[field as keyof SseFrame] = value;
      }
      if (Object.keys(frame).length > 0) this.frames.push(frame);
    }
  }
}

/** GET with headers; resolves on the response head, streaming or refused. */
export const openSse = (port: number, path: string, headers: Record<string, string>): Promise<SseClient> =>
  new Promise((resolve, reject) => {
    const request = get({ host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream', ...headers } }, (response) =>
      resolve(new SseClient(request, response)),
    );
    request.on('error', reject);
  });

/** The whole body of a refused request, parsed. */
export const bodyOf = async (client: SseClient): Promise<Record<string, unknown>> => {
  if (!client.response.complete) await new Promise((resolve) => client.response.on('end', resolve));
  return JSON.parse(client.text);
};
