import { RecordedEvent } from '../../event-store/event-store';
import { CASE_PUBLICATIONS } from './case.publications';
import { FACILITY_PUBLICATIONS, INITIATIVE_PUBLICATIONS, PARTNER_PUBLICATIONS, REPORT_PUBLICATIONS } from './community.publications';
import { FAMILY_PUBLICATIONS } from './family.publications';
import { IntegrationEvent, Publication } from './integration-event';

type Publications = Record<string, Publication<never>>;

/** Each stream kind publishes only its own event types: a case type found in another stream is never published. */
const PUBLICATIONS_BY_STREAM: Array<{ prefix: string; publications: Publications }> = [
  { prefix: 'case-', publications: CASE_PUBLICATIONS as Publications },
  { prefix: 'family-', publications: FAMILY_PUBLICATIONS as Publications },
  { prefix: 'partner-', publications: PARTNER_PUBLICATIONS as Publications },
  { prefix: 'initiative-', publications: INITIATIVE_PUBLICATIONS as Publications },
  { prefix: 'report-', publications: REPORT_PUBLICATIONS as Publications },
  // foster-carer- streams are people and are never published
  { prefix: 'facility-', publications: FACILITY_PUBLICATIONS as Publications },
];
const ALL_PUBLICATIONS = PUBLICATIONS_BY_STREAM.flatMap(({ publications }) => Object.values(publications));

/** Every public type, for validation of `types=` filters and for the AsyncAPI document. */
export const INTEGRATION_EVENT_TYPES: readonly string[] = ALL_PUBLICATIONS.map((p) => p.type);
export const isPersonalType = (type: string): boolean => ALL_PUBLICATIONS.some((p) => p.type === type && p.personal);

const publicationOf = (event: RecordedEvent): Publication<never> | undefined => {
  const kind = PUBLICATIONS_BY_STREAM.find(({ prefix }) => event.stream.startsWith(prefix));
  // hasOwn: a stored type such as "constructor" must not reach Object.prototype.
  return kind && Object.hasOwn(kind.publications, event.type) ? kind.publications[event.type] : undefined;
};

/** The public form of a stored event, or undefined for internal streams (e.g. the minor guard) that are never published. */
export const toIntegrationEvent = (event: RecordedEvent): IntegrationEvent | undefined => {
  const publication = publicationOf(event);
  if (!publication) return undefined;
  const data = publication.data(event.data as never);
  const metadata = event.metadata as { occurredAt?: string; recordedAt?: string; hash?: string };
  return {
    id: event.id,
    type: publication.type,
    position: event.position,
    stream: event.stream,
    revision: Number(event.revision),
    ...(typeof data.caseId === 'string' && { caseId: data.caseId }),
    ...(typeof data.familyId === 'string' && { familyId: data.familyId }),
    occurredAt: String(metadata.occurredAt ?? metadata.recordedAt),
    recordedAt: String(metadata.recordedAt),
    hash: String(metadata.hash),
    personal: publication.personal,
    data,
  };
};
