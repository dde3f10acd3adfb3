import { InitiativeEvent } from '../../community/initiatives/initiative.events';
import { PartnerEvent } from '../../community/partners/partner.events';
import { ReportEvent } from '../../community/reports/report.events';
import { FacilityEvent } from '../../carers/facilities/facility.events';
import { Publication, defined } from './integration-event';

type PublicationsOf<E extends { type: string; data: unknown }> = { [K in E['type']]: Publication<Extract<E, { type: K }>['data']> };

/** A partner's contact person is personal (feed scope only); its kind, municipality and status are not. Reasons are free text: never. */
export const PARTNER_PUBLICATIONS: PublicationsOf<PartnerEvent> = {
  PartnerRegistered: {
    type: 'partner.registered.v1',
    personal: true,
    data: (d) => ({ partnerId: d.partnerId, kind: d.kind, name: d.name, municipality: d.municipality, contact: defined({ ...d.contact }) }),
  },
  PartnerContactUpdated: {
    type: 'partner.contact-updated.v1',
    personal: true,
    data: (d) => ({ partnerId: d.partnerId, contact: defined({ ...d.contact }) }),
  },
  PartnerDeactivated: { type: 'partner.deactivated.v1', personal: false, data: (d) => ({ partnerId: d.partnerId }) },
  PartnerReactivated: { type: 'partner.reactivated.v1', personal: false, data: (d) => ({ partnerId: d.partnerId }) },
};

/** Initiatives without their free text (title, place, reason): kind, promoters, partners, date and participant counts. */
export const INITIATIVE_PUBLICATIONS: PublicationsOf<InitiativeEvent> = {
  InitiativePlanned: {
    type: 'initiative.planned.v1',
    personal: false,
    data: (d) => ({
      initiativeId: d.initiativeId,
      kind: d.kind,
      municipalities: [...d.municipalities],
      partnerIds: [...d.partnerIds],
      scheduledAt: d.scheduledAt,
    }),
  },
  InitiativeHeld: {
    type: 'initiative.held.v1',
    personal: false,
    data: (d) => ({ initiativeId: d.initiativeId, participants: { ...d.participants } }),
  },
  InitiativeCancelled: { type: 'initiative.cancelled.v1', personal: false, data: (d) => ({ initiativeId: d.initiativeId }) },
};

/**
 * Reports are published as facts only. Never the reporter (whose identity is protected), never the minor (name, age band, school),
 * never the concern, the other service's name, the reason or the advice: integrators learn that a report came, from which kind
 * of source, whether serious harm was feared, when screening is due and how it ended.
 */
export const REPORT_PUBLICATIONS: PublicationsOf<ReportEvent> = {
  ReportReceived: {
    type: 'report.received.v1',
    personal: false,
    data: (d) =>
      defined({
        reportId: d.reportId,
        sourceKind: d.source.kind,
        partnerId: d.source.kind === 'partner' ? d.source.partnerId : undefined,
        seriousHarm: d.seriousHarm,
        screeningDueAt: d.screeningDueAt,
      }),
  },
  ReportScreened: {
    type: 'report.screened.v1',
    personal: false,
    data: (d) => defined({ reportId: d.reportId, outcome: d.outcome, caseId: d.outcome === 'case-opened' ? d.caseId : undefined }),
  },
};

/**
 * Facilities are institutions, so their registry is public: kind, places, municipality, authorisation. Reasons are free
 * text: never. Foster carers are people (affidatari) and their stream is never published.
 */
export const FACILITY_PUBLICATIONS: PublicationsOf<FacilityEvent> = {
  FacilityRegistered: {
    type: 'facility.registered.v1',
    personal: false,
    data: (d) => ({
      facilityId: d.facilityId,
      name: d.name,
      kind: d.kind,
      capacity: d.capacity,
      municipality: d.municipality.istatCode,
      authorisation: { ...d.authorisation },
    }),
  },
  FacilityCapacityChanged: {
    type: 'facility.capacity-changed.v1',
    personal: false,
    data: (d) => ({ facilityId: d.facilityId, capacity: d.capacity }),
  },
  FacilityClosed: { type: 'facility.closed.v1', personal: false, data: (d) => ({ facilityId: d.facilityId, closedOn: d.closedOn }) },
};
