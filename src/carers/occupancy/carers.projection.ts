import { PlacedWith } from '../../cases/case.values';
import { romeDate } from '../../common/rome-date';
import { TablesRows, defineProjection } from '../../projections/define/define-projection';
import { carerNames } from '../foster-carers/foster-carer.events';
import { carersFacilities, carersFosterCarers, carersPlacements } from './carers.tables';

export const CARERS = 'carers';

const tables = { facilities: carersFacilities, fosterCarers: carersFosterCarers, placements: carersPlacements };
type Rows = TablesRows<typeof tables>;

/** A child is in one place at a time: a new placement of the case supersedes the one before. */
const start = (rows: Rows, caseId: string, placementId: string, placedWith: PlacedWith, since: string) => {
  for (const row of rows.placements.where('case_id', caseId)) {
    if (row.current && row.placement_id !== placementId) rows.placements.put({ ...row, current: false });
  }
  const [place_type, place_id] =
    placedWith.kind === 'facility' ? ['facility', placedWith.facilityId] : ['foster-carer', placedWith.fosterCarerId];
  rows.placements.put({ case_id: caseId, placement_id: placementId, place_type, place_id, since, current: true });
};

const end = (rows: Rows, caseId: string, placementId: string) =>
  rows.placements.update({ case_id: caseId, placement_id: placementId }, (row) => ({ ...row, current: false }));

/** The facilities and foster carers registries, and who is placed where now: the occupancy the community view shows. */
export const carersProjection = defineProjection({
  name: CARERS,
  version: 1,
  tables,
  on: {
    FacilityRegistered: (d, facts, rows) =>
      rows.facilities.insertIfAbsent({
        facility_id: d.facilityId,
        name: d.name,
        kind: d.kind,
        capacity: d.capacity,
        municipality_istat: d.municipality.istatCode,
        municipality_name: d.municipality.name,
        open: true,
        registered_at: facts.occurredAt,
      }),
    FacilityCapacityChanged: (d, _facts, rows) =>
      rows.facilities.update({ facility_id: d.facilityId }, (r) => ({ ...r, capacity: d.capacity })),
    FacilityClosed: (d, _facts, rows) => rows.facilities.update({ facility_id: d.facilityId }, (r) => ({ ...r, open: false })),
    FosterCarerRegistered: (d, facts, rows) =>
      rows.fosterCarers.insertIfAbsent({
        foster_carer_id: d.fosterCarerId,
        family_id: d.familyId,
        names: carerNames(d.carers),
        accepts: [...d.availability.accepts],
        places: d.availability.places,
        active: true,
        assessed_on: d.assessedOn,
        registered_at: facts.occurredAt,
      }),
    FosterCarerAvailabilityChanged: (d, _facts, rows) =>
      rows.fosterCarers.update({ foster_carer_id: d.fosterCarerId }, (r) => ({
        ...r,
        accepts: [...d.availability.accepts],
        places: d.availability.places,
      })),
    FosterCarerWithdrawn: (d, _facts, rows) =>
      rows.fosterCarers.update({ foster_carer_id: d.fosterCarerId }, (r) => ({ ...r, active: false })),
    EmergencyPlacementMade: (d, _facts, rows) => {
      if (d.placedWith) start(rows, d.caseId, d.placementId, d.placedWith, romeDate(d.placedAt));
    },
    ProtectionMeasureOrdered: (d, _facts, rows) => {
      if (d.placedWith) start(rows, d.caseId, d.measureId, d.placedWith, d.startsOn ?? d.decreeDate);
    },
    EmergencyPlacementRevoked: (d, _facts, rows) => end(rows, d.caseId, d.placementId),
    EmergencyPlacementValidationReviewed: (d, _facts, rows) => {
      if (d.outcome === 'revoked') end(rows, d.caseId, d.placementId);
    },
    MeasureLapsed: (d, _facts, rows) => end(rows, d.caseId, d.measureId),
    ProtectionMeasureEnded: (d, _facts, rows) => end(rows, d.caseId, d.measureId),
    CaseClosed: (d, _facts, rows) => {
      for (const row of rows.placements.where('case_id', d.caseId)) if (row.current) rows.placements.put({ ...row, current: false });
    },
  },
});
