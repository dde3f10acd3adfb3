import { FAMILY_ROLES, FamilyRole } from '../case.values';
import { CalendarDate, Name, OneOf, Uuid } from './decorators';

/** Who consented and when: the family's agreement to a plan, a parent's consent to a consensual affido. */
export class ConsentDto {
  @Name({ example: 'Maria Esposito' })
  name!: string;

  @OneOf(FAMILY_ROLES, { example: 'parent' })
  role!: FamilyRole;

  @Uuid({ required: false, description: 'The family member, when registered' })
  memberId?: string;

  @CalendarDate({ example: '2026-11-09' })
  consentedAt!: string;
}
