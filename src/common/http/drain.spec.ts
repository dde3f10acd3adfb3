import { createServer, get } from 'node:http';
import { AddressInfo } from 'node:net';
import { trackInFlight } from './drain';

describe('draining the HTTP server before the stores close', () => {
  it('waits for a request in flight to answer, and refuses new connections meanwhile', async () => {
    const server = createServer((_req, res) => setTimeout(() => res.end('done'), 300));
    const tracker = trackInFlight(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const answered = new Promise<string>((resolve) => get(url, (res) => res.on('data', (d: Buffer) => resolve(d.toString()))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tracker.inFlight()).toBe(1);

    await tracker.drain(5_000);
    expect(tracker.inFlight()).toBe(0);
    expect(await answered).toBe('done');
    await expect(new Promise((resolve, reject) => get(url, { agent: false }, resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/);
  });

  it('does not wait for event streams, which the shutdown hooks end', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/event-stream');
      res.write(': open\n\n');
    });
    const tracker = trackInFlight(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const request = get(url, (res) => res.resume());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tracker.drain(5_000);
    expect(tracker.inFlight()).toBe(0);
    request.destroy();
    server.closeAllConnections();
  });
});
