import { TEAM_ROLES, TeamRole } from '../../case.values';
import { Name, OccurredAt, OneOf, WorkerId } from '../../dto/decorators';

/** POST /cases/{caseId}/team-members */
export class AssignTeamMemberDto {
  @WorkerId()
  workerId!: string;

  @Name({ example: 'Alice Rossi' })
  name!: string;

  @OneOf(TEAM_ROLES)
  role!: TeamRole;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/team-members/{workerId}/release (the worker is in the path) */
export class ReleaseTeamMemberDto {
  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/case-manager */
export class ChangeCaseManagerDto {
  @WorkerId({ description: 'A current member of the team' })
  workerId!: string;

  @OccurredAt()
  occurredAt?: string;
}
