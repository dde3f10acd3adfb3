import { Server, Socket, createConnection, createServer } from 'node:net';

export type FaultMode = 'none' | 'refuse' | 'hang' | 'drop';

interface Pair {
  client: Socket;
  upstream?: Socket;
  /** A hung pair swallows bytes both ways and answers nothing, like a server that accepts and stalls. */
  silent: boolean;
}

/**
 * A TCP hop between the client and the gRPC server, where faults happen at the transport, as they do
 * in production: 'refuse' stops listening, 'hang' accepts and never answers (existing connections go
 * silent too, and stay so), 'drop' lets the handlers cut the connection that carries a call.
 */
export class FaultProxy {
  mode: FaultMode = 'none';
  private readonly server: Server = createServer((socket) => this.accept(socket));
  private readonly pairs = new Set<Pair>();
  private port = 0;

  constructor(private readonly upstreamPort: number) {}

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as { port: number }).port;
    return this.port;
  }

  async setMode(mode: FaultMode): Promise<void> {
    const previous = this.mode;
    this.mode = mode;
    if (mode === 'refuse') {
      for (const pair of this.pairs) this.destroy(pair);
      await this.closeListener();
    } else if (previous === 'refuse') {
      await this.listen(); // the same port, so the connection string stays valid
    }
    if (mode === 'hang') for (const pair of this.pairs) pair.silent = true;
  }

  /** Cuts the TCP connection that carries a gRPC call, given the peer the gRPC server saw. */
  cut(peer: string): void {
    const port = Number(peer.slice(peer.lastIndexOf(':') + 1));
    for (const pair of this.pairs) if (pair.upstream?.localPort === port) this.destroy(pair);
  }

  async stop(): Promise<void> {
    for (const pair of this.pairs) this.destroy(pair);
    await this.closeListener();
  }

  private accept(client: Socket): void {
    client.setNoDelay(true); // no Nagle delay on a hop that adds nothing
    const pair: Pair = { client, silent: this.mode === 'hang' };
    this.pairs.add(pair);
    client.on('error', () => this.destroy(pair));
    client.on('close', () => this.destroy(pair));
    if (pair.silent) {
      client.resume(); // read and discard
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: this.upstreamPort, noDelay: true });
    pair.upstream = upstream;
    upstream.on('error', () => this.destroy(pair));
    upstream.on('close', () => this.destroy(pair));
    client.on('data', (chunk) => pair.silent || upstream.write(chunk));
    upstream.on('data', (chunk) => pair.silent || client.write(chunk));
  }

  private destroy(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.upstream?.destroy();
  }

  private closeListener(): Promise<void> {
    if (!this.server.listening) return Promise.resolve();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
