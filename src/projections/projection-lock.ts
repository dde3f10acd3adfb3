import { Client } from 'pg';

/**
 * A session-level advisory lock held on a dedicated connection: one instance runs a projection at a time,
 * and when that instance dies its connection closes and the lock passes to another.
 * Queries here carry no parameters, so pg uses the simple protocol (one message, safe on embedded PGlite).
 */
export class ProjectionLock {
  private client?: Client;
  private lost = false;

  constructor(
    private readonly connectionString: string,
    private readonly key: string,
  ) {}

  get held(): boolean {
    return this.client !== undefined && !this.lost;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    await this.release();
    const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
    client.on('error', () => {
      this.lost = true;
    });
    client.on('end', () => {
      this.lost = true;
    });
    try {
      await client.connect();
      const literal = this.key.replace(/'/g, "''");
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext('${literal}')) AS locked`);
      if (!rows[0].locked) {
        await client.end();
        return false;
      }
      this.client = client;
      this.lost = false;
      return true;
    } catch {
      await client.end().catch(() => undefined);
      return false;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.lost = false;
    // Closing the session releases the lock, even if the unlock below never arrives.
    if (client) await client.end().catch(() => undefined);
  }
}
