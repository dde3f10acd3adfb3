/** DESIGN §7. */
export const ROLES = ['social-worker', 'psychologist', 'educator', 'coordinator', 'court-liaison', 'integrator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TEAM_ROLES: Role[] = ['social-worker', 'psychologist', 'educator'];
/** Who may record facts about families and cases. */
export const CASE_WRITERS: Role[] = [...TEAM_ROLES, 'coordinator'];
/** Who may read case content: writers, and court liaison (reads and exports, never writes). */
export const CASE_READERS: Role[] = [...CASE_WRITERS, 'court-liaison'];

/** A worker is a token subject: team assignments, caseload paths and filters all take this shape. */
export const WORKER_ID_PATTERN = /^[A-Za-z0-9._@-]+$/;
export const WORKER_ID_MAX_LENGTH = 100;

/** Team members see only the cases they opened or work on; coordinators and court liaison see the whole service. */
export const seesOnlyOwnCases = (principal: { role: string }): boolean => (TEAM_ROLES as string[]).includes(principal.role);

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** What an integrator token may reach (the token's `scope` claim, space-separated as in OAuth 2.0). */
export const INTEGRATOR_SCOPES = ['feed', 'webhooks', 'statistics'] as const;
export type IntegratorScope = (typeof INTEGRATOR_SCOPES)[number];

export interface Principal {
  id: string;
  role: Role;
  name?: string;
  /** OAuth scopes the token carries; only integrator routes look at them. */
  scopes?: string[];
}
