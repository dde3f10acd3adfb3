import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { IntegrationEvent } from '../../src/feed/integration-events/integration-event';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  event: IntegrationEvent;
  /** The status it was answered with. */
  status?: number;
}

/** How a receiver answers its n-th request (0-based): a status, after whatever wait the promise takes. */
export type Answer = (request: ReceivedWebhook, index: number) => number | Promise<number>;

export interface WebhookReceiver {
  url: string;
  port: number;
  /** Every request, in arrival order. */
  received: ReceivedWebhook[];
  /** Those answered 2xx, in the order the answers were given. */
  accepted: ReceivedWebhook[];
  answer: Answer;
  close(): Promise<void>;
}

/** A receiver on 127.0.0.1 (a port of its own, or the one given: a receiver coming back up). */
export const startReceiver = async (answer: Answer, port = 0): Promise<WebhookReceiver> => {
  const receiver = { received: [], accepted: [], answer } as unknown as WebhookReceiver;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const received: ReceivedWebhook = {
        id: String(request.headers['webhook-id']),
        timestamp: String(request.headers['webhook-timestamp']),
        headers: request.headers,
        body,
        event: JSON.parse(body),
      };
      receiver.received.push(received);
      received.status = await receiver.answer(received, receiver.received.length - 1);
      if (received.status >= 200 && received.status < 300) receiver.accepted.push(received);
      response.writeHead(received.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return receiver;
};

/** Throws unless the standardwebhooks package verifies the request's signature with this secret. */
export const verifyWebhook = (secret: string, received: ReceivedWebhook): unknown =>
  new Webhook(secret).verify(received.body, {
    'webhook-id': String(received.headers['webhook-id']),
    'webhook-timestamp': String(received.headers['webhook-timestamp']),
    'webhook-signature': String(received.headers['webhook-signature']),
  });

/** A port nothing listens on: a receiver that is down. */
export const freePort = async (): Promise<number> => {
  const probe = await startReceiver(() => 200);
  await probe.close();
  return probe.port;
};

/** Polls until the condition holds (never a fixed sleep), or fails with the description. */
export const until = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Event ids per case, in arrival order: the order a receiver saw each case's events in. */
export const idsByCase = (webhooks: ReceivedWebhook[]): Record<string, string[]> => {
  const byCase: Record<string, string[]> = {};
  for (const { event } of webhooks) (byCase[event.caseId ?? event.stream] ??= []).push(event.id);
  return byCase;
};
