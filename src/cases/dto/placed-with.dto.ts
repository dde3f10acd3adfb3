import { Nested, Uuid } from './decorators';

/** Where the child is placed: a registered facility (community kinds) or registered foster carers (foster family, relatives). */
export class PlacedWithDto {
  @Uuid({ required: false, description: 'A facility (GET /facilities): required for community and mother-child-community' })
  facilityId?: string;

  @Uuid({ required: false, description: 'A foster carer (GET /foster-carers): required for foster-family, optional for relatives' })
  fosterCarerId?: string;
}

/** The place fields a placing command carries (art. 403 placement, ordered placing measure). */
export class PlaceFields {
  @Nested(() => PlacedWithDto, {
    required: false,
    description:
      'Where the child is. Required when the place kind needs one (community, mother-child-community: facilityId; foster-family: fosterCarerId): 400 PLACED_WITH_REQUIRED.',
  })
  placedWith?: PlacedWithDto;

  @Uuid({
    required: false,
    description:
      "Mother–child community only, and then required: the parent placed with the child, a member of the case's family with role parent",
  })
  withParent?: string;
}
