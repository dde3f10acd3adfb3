import { claimAt, roleOf } from './token-claims';

describe('the role claim of a token', () => {
  it('reads a dotted path: Keycloak realm roles by default, client roles when configured', () => {
    const keycloak = { realm_access: { roles: ['offline_access', 'coordinator'] }, resource_access: { tutela: { roles: ['educator'] } } };
    expect(roleOf(keycloak, 'realm_access.roles', 'oidc')).toBe('coordinator');
    expect(roleOf(keycloak, 'resource_access.tutela.roles', 'oidc')).toBe('educator');
    expect(roleOf({ groups: 'court-liaison' }, 'groups', 'oidc')).toBe('court-liaison');
  });

  it('ignores a top-level role from an OIDC provider: only the configured path grants one', () => {
    expect(roleOf({ role: 'admin' }, 'realm_access.roles', 'oidc')).toBeUndefined();
  });

  it('keeps role, then roles, then the path for tutela’s own HS256 tokens', () => {
    expect(roleOf({ role: 'educator', roles: ['admin'] }, 'realm_access.roles', 'shared-secret')).toBe('educator');
    expect(roleOf({ roles: ['nobody', 'psychologist'] }, 'realm_access.roles', 'shared-secret')).toBe('psychologist');
    expect(roleOf({ realm_access: { roles: ['coordinator'] } }, 'realm_access.roles', 'shared-secret')).toBe('coordinator');
    expect(roleOf({ role: 'judge', roles: ['admin'] }, 'realm_access.roles', 'shared-secret')).toBeUndefined();
  });

  it('never walks into inherited properties', () => {
    expect(claimAt({}, 'constructor.name')).toBeUndefined();
    expect(claimAt({ a: ['x'] }, 'a.0')).toBeUndefined();
  });
});
