import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { AUDIT_SIGNING_KEY } from '../court.tokens';
import { AuditSigningKey } from '../signing/audit-signing-key';
import { PublishedKey } from './audit-keys';

/** Every public key that ever signed, oldest first; the key this instance signs with is marked current. */
export class ListPublishedKeys extends Query<PublishedKey[]> {}

@QueryHandler(ListPublishedKeys)
export class ListPublishedKeysHandler implements IQueryHandler<ListPublishedKeys, PublishedKey[]> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AUDIT_SIGNING_KEY) private readonly current: AuditSigningKey,
  ) {}

  async execute(_query: ListPublishedKeys): Promise<PublishedKey[]> {
    const { rows } = await this.pool.query<{ key_id: string; public_pem: string; public_jwk: { x: string }; first_used_at: Date }>(
      'SELECT key_id, public_pem, public_jwk, first_used_at FROM audit_signing_keys ORDER BY first_used_at, key_id',
    );
    return rows.map((row) => ({
      keyId: row.key_id,
      algorithm: 'Ed25519',
      publicKeyPem: row.public_pem,
      jwk: { kty: 'OKP', crv: 'Ed25519', x: row.public_jwk.x, kid: row.key_id, alg: 'EdDSA', use: 'sig' },
      firstUsedAt: row.first_used_at.toISOString(),
      current: row.key_id === this.current.keyId,
    }));
  }
}
