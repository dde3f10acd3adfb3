import { defineTable } from '../../projections/define/table';

/** The facilities registry as its lists read it. */
export const carersFacilities = defineTable<{
  facility_id: string;
  name: string;
  kind: string;
  capacity: number;
  municipality_istat: string;
  municipality_name: string;
  open: boolean;
  registered_at: string;
}>({
  name: 'carers_facilities',
  columns: {
    facility_id: 'uuid NOT NULL',
    name: 'text NOT NULL',
    kind: 'text NOT NULL',
    capacity: 'int NOT NULL',
    municipality_istat: 'text NOT NULL',
    municipality_name: 'text NOT NULL',
    open: 'boolean NOT NULL',
    registered_at: 'timestamptz NOT NULL',
  },
  key: ['facility_id'],
  indexes: ['(kind, name)', '(municipality_istat)'],
});

/** Foster households; `names` is personal data, read only by case workers (never by the integrator feed). */
export const carersFosterCarers = defineTable<{
  foster_carer_id: string;
  family_id: string;
  names: string;
  accepts: string[];
  places: number;
  active: boolean;
  assessed_on: string;
  registered_at: string;
}>({
  name: 'carers_foster_carers',
  columns: {
    foster_carer_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    names: 'text NOT NULL',
    accepts: 'jsonb NOT NULL',
    places: 'int NOT NULL',
    active: 'boolean NOT NULL',
    assessed_on: 'date NOT NULL',
    registered_at: 'timestamptz NOT NULL',
  },
  key: ['foster_carer_id'],
  indexes: ['(family_id)'],
});

/**
 * One row per placement that named where the child is (an art. 403 placement or an ordered measure); `current` until it
 * ends, is revoked, lapses, is superseded by the case's next placement, or the case closes. `since` is a Europe/Rome date.
 */
export const carersPlacements = defineTable<{
  case_id: string;
  placement_id: string;
  place_type: string;
  place_id: string;
  since: string;
  current: boolean;
}>({
  name: 'carers_placements',
  columns: {
    case_id: 'uuid NOT NULL',
    placement_id: 'text NOT NULL',
    place_type: 'text NOT NULL',
    place_id: 'uuid NOT NULL',
    since: 'date NOT NULL',
    current: 'boolean NOT NULL',
  },
  key: ['case_id', 'placement_id'],
  indexes: ['(place_id) WHERE current', '(case_id)'],
});
