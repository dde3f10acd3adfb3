import { createServer, get } from 'node:http';
import { AddressInfo } from 'node:net';
import { trackInFlight } from './drain';

describe('draining the HTTP server before the stores close', () => {
  it('waits for a request in flight to answer, and refuses new connections meanwhile', async () => {
    // The request is held until the test answers it: no timing is assumed.
    let arrived!: (answer: () => void) => void;
    const held = new Promise<() => void>((resolve) => (arrived = resolve));
    const server = createServer((_req, res) => arrived(() => res.end('done')));
    const tracker = trackInFlight(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const answered = new Promise<string>((resolve) => get(url, (res) => res.on('data', (d: Buffer) => resolve(d.toString()))));
    const answer = await held;
    expect(tracker.inFlight()).toBe(1);

    const drained = tracker.drain(5_000);
    await expect(new Promise((resolve, reject) => get(url, { agent: false }, resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/);
    expect(tracker.inFlight()).toBe(1);
    answer();
    await drained;
    expect(tracker.inFlight()).toBe(0);
    expect(await answered).toBe('done');
  });

  it('does not wait for event streams, which the shutdown hooks end', async () => {
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/event-stream');
      res.write(': open\n\n');
      opened();
    });
    const tracker = trackInFlight(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const request = get(url, (res) => res.resume());
    await open;
    await tracker.drain(5_000);
    expect(tracker.inFlight()).toBe(0);
    request.destroy();
    server.closeAllConnections();
  });
});
