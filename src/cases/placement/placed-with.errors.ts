import { DomainError, InvalidInputError } from '../../common/domain-error';

/** Stable codes of naming where a placed child is (issue 15); clients switch on `code`, never on `detail`. */
export const placedWithRequired = (placeKind: string, expected: string) =>
  new InvalidInputError('PLACED_WITH_REQUIRED', `a ${placeKind} placement names where the child is: placedWith.${expected}`, {
    placeKind,
    expected,
  });
export const placedWithNotApplicable = (what: string) =>
  new InvalidInputError('PLACED_WITH_NOT_APPLICABLE', `a ${what} places no child, so it names no facility or foster carer`, { what });
export const placedWithAmbiguous = () =>
  new InvalidInputError('PLACED_WITH_AMBIGUOUS', 'placedWith names either a facility or a foster carer, not both');
export const placeKindMismatch = (placeKind: string, named: string) =>
  new DomainError('PLACE_KIND_MISMATCH', `a ${placeKind} placement cannot be with a ${named}`, 409, { placeKind, named });
export const affidoKindNotAccepted = (fosterCarerId: string, kind: string) =>
  new DomainError('AFFIDO_KIND_NOT_ACCEPTED', `foster carer ${fosterCarerId} does not accept ${kind} affido`, 409, { fosterCarerId, kind });
export const withParentRequired = () =>
  new InvalidInputError('WITH_PARENT_REQUIRED', 'a mother–child community placement names the parent placed with the child: withParent');
export const withParentNotApplicable = (placeKind: string) =>
  new InvalidInputError(
    'WITH_PARENT_NOT_APPLICABLE',
    `only a mother–child community placement names a parent placed with the child, not a ${placeKind}`,
    {
      placeKind,
    },
  );
export const parentNotInFamily = (memberId: string, familyId: string) =>
  new DomainError('PARENT_NOT_IN_FAMILY', `person ${memberId} is not a parent in the case's family ${familyId}`, 409, {
    memberId,
    familyId,
  });
