import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from '../signing/webhook-signature';
import { postWebhook } from './post-webhook';

type Handler = (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void;

const withServer = async (handler: Handler, test: (base: string) => Promise<void>) => {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => handler(request, Buffer.concat(chunks).toString(), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await test(`127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
};

const options = { timeoutMs: 2000, policy: { allowPrivate: false } };
const secret = generateWebhookSecret();
const attempt = (url: string) => ({ url, secret, id: 'c0ffee00-0000-4000-8000-000000000001', body: '{"type":"case.opened.v1"}' });

describe('one webhook attempt', () => {
  it('POSTs the body signed per Standard Webhooks; 2xx is delivered', async () => {
    let seen: { headers: http.IncomingHttpHeaders; body: string } | undefined;
    await withServer(
      (request, body, response) => ((seen = { headers: request.headers, body }), response.writeHead(202).end()),
      async (base) => {
        expect(await postWebhook(attempt(`http://${base}/hooks`), options)).toEqual({ delivered: true, status: 202 });
      },
    );
    expect(seen!.headers['content-type']).toBe('application/json');
    expect(seen!.headers['webhook-id']).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(new Webhook(secret).verify(seen!.body, seen!.headers as Record<string, string>)).toEqual({ type: 'case.opened.v1' });
  });

  it('goes through the guarded lookup for localhost', async () => {
    await withServer(
      (_, __, response) => response.writeHead(200).end(),
      async (base) => {
        const port = base.split(':')[1];
        expect(await postWebhook(attempt(`http://localhost:${port}/`), options)).toMatchObject({ delivered: true });
      },
    );
  });

  it('counts a redirect, an error status and silence as failures, without following anything', async () => {
    await withServer(
      (request, _, response) => {
        if (request.url === '/moved') response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
        else if (request.url === '/broken') response.writeHead(500).end('oops');
        // '/silent' never answers
      },
      async (base) => {
        expect(await postWebhook(attempt(`http://${base}/moved`), options)).toEqual({ delivered: false, status: 302, error: 'HTTP 302' });
        expect(await postWebhook(attempt(`http://${base}/broken`), options)).toEqual({ delivered: false, status: 500, error: 'HTTP 500' });
        const silent = await postWebhook(attempt(`http://${base}/silent`), { ...options, timeoutMs: 200 });
        expect(silent).toEqual({ delivered: false, status: undefined, error: 'no answer within 200 ms' });
      },
    );
  });

  it('sends nothing to a URL the guard refuses now', async () => {
    expect(await postWebhook(attempt('https://10.0.0.1/hooks'), options)).toMatchObject({
      delivered: false,
      error: expect.stringContaining('private addresses are not allowed'),
    });
  });
});
