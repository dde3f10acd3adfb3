import { INITIATIVE_KINDS, InitiativeEvent, PARTICIPANT_CATEGORIES } from '../../community/initiatives/initiative.events';
import { PARTNER_KINDS, PartnerEvent } from '../../community/partners/partner.events';
import { REPORT_SOURCE_KINDS, ReportEvent, SCREENING_OUTCOMES } from '../../community/reports/report.events';
import { FACILITY_KINDS, FacilityEvent } from '../../carers/facilities/facility.events';
import { JsonSchema, count, date, instant, list, object, oneOf, text, uuid } from './json-schema';

const istatCode: JsonSchema = { type: 'string', pattern: '^\\d{6}$', description: 'ISTAT municipality code' };
const contact = object({ name: text, role: text, email: text, phone: text }, ['email', 'phone']);

/** The data of every public partner, initiative and report event (community.publications.ts), by internal type. */
export const PARTNER_DATA_SCHEMAS: { [K in PartnerEvent['type']]: JsonSchema } = {
  PartnerRegistered: object({ partnerId: uuid, kind: oneOf(PARTNER_KINDS), name: text, municipality: istatCode, contact }),
  PartnerContactUpdated: object({ partnerId: uuid, contact }),
  PartnerDeactivated: object({ partnerId: uuid }),
  PartnerReactivated: object({ partnerId: uuid }),
};

export const INITIATIVE_DATA_SCHEMAS: { [K in InitiativeEvent['type']]: JsonSchema } = {
  InitiativePlanned: object({
    initiativeId: uuid,
    kind: oneOf(INITIATIVE_KINDS),
    municipalities: list(istatCode),
    partnerIds: list(uuid),
    scheduledAt: instant,
  }),
  InitiativeHeld: object({
    initiativeId: uuid,
    participants: object(Object.fromEntries(PARTICIPANT_CATEGORIES.map((category) => [category, count]))),
  }),
  InitiativeCancelled: object({ initiativeId: uuid }),
};

export const REPORT_DATA_SCHEMAS: { [K in ReportEvent['type']]: JsonSchema } = {
  ReportReceived: object(
    {
      reportId: uuid,
      sourceKind: oneOf(REPORT_SOURCE_KINDS),
      partnerId: { ...uuid, description: 'When the source is a registered partner' },
      seriousHarm: { type: 'boolean' },
      screeningDueAt: instant,
    },
    ['partnerId'],
  ),
  ReportScreened: object(
    { reportId: uuid, outcome: oneOf(SCREENING_OUTCOMES), caseId: { ...uuid, description: 'case-opened: the case opened from it' } },
    ['caseId'],
  ),
};

const places: JsonSchema = { type: 'integer', minimum: 1 };
export const FACILITY_DATA_SCHEMAS: { [K in FacilityEvent['type']]: JsonSchema } = {
  FacilityRegistered: object({
    facilityId: uuid,
    name: text,
    kind: oneOf(FACILITY_KINDS),
    capacity: places,
    municipality: istatCode,
    authorisation: object({ region: text, actNumber: text, actDate: date }),
  }),
  FacilityCapacityChanged: object({ facilityId: uuid, capacity: places }),
  FacilityClosed: object({ facilityId: uuid, closedOn: date }),
};
