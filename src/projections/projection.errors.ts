import { DomainError } from '../common/domain-error';

/** A name the service does not project: the answer lists the ones it does, since the table names differ. */
export class ProjectionNotFoundError extends DomainError {
  constructor(name: string, known: string[]) {
    super('PROJECTION_NOT_FOUND', `Projection ${name} does not exist; known projections: ${known.join(', ')}`, 404, {
      id: name,
      knownProjections: known,
    });
  }
}
