/**
 * A refused rule or a missing thing, with a stable code for clients.
 * One exception filter turns it into problem+json; controllers never build error bodies.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly status: number = 409,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what.toUpperCase().replace(/[^A-Z]+/g, '_')}_NOT_FOUND`, `${what} ${id} does not exist`, 404, { id });
  }
}

/** Input that passes the DTO's shape but is invalid in a way only the domain can tell. */
export class InvalidInputError extends DomainError {
  constructor(code: string, detail: string, extensions: Record<string, unknown> = {}) {
    super(code, detail, 400, extensions);
  }
}
