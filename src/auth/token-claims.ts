import { JWTPayload } from 'jose';
import { Role, isRole } from './roles';

/** The value at a dotted claim path, e.g. realm_access.roles or resource_access.tutela.roles. */
export const claimAt = (payload: JWTPayload, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }, payload);

const firstRole = (value: unknown): Role | undefined => {
  const candidates = Array.isArray(value) ? value : [value];
  return candidates.find(isRole);
};

/**
 * The tutela role of a token. An OIDC provider's tokens carry it only at the configured claim path, so that
 * an unrelated `role` attribute of the provider cannot grant one; tutela's own HS256 tokens carry `role`
 * (or `roles`), and the configured path still works for them.
 */
export const roleOf = (payload: JWTPayload, rolesClaim: string, mode: 'oidc' | 'shared-secret'): Role | undefined => {
  const fromPath = firstRole(claimAt(payload, rolesClaim));
  if (mode === 'oidc') return fromPath;
  if (payload.role !== undefined) return isRole(payload.role) ? payload.role : undefined;
  return firstRole(payload.roles) ?? fromPath;
};

/** OAuth 2.0 `scope` (space-separated), or an `scp` list as some providers issue it. */
export const scopesOf = (payload: JWTPayload): string[] => {
  const raw = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? payload.scp : [];
  return raw.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 100).slice(0, 50);
};
