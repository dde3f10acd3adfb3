/** The Ed25519 key that signs bundles and checkpoints (an AuditSigningKey). */
export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');
