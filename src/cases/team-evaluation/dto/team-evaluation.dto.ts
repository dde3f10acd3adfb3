import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../../../auth/roles';
import { DISCIPLINES, Discipline } from '../../case.values';
import { NarrativeEntryDto } from '../../dto/narrative-entry.dto';
import { LongText, Nested, NestedList, OccurredAt, OneOf, WorkerId } from '../../dto/decorators';

export class TeamContributionDto {
  @OneOf(DISCIPLINES, { example: 'psychological' })
  discipline!: Discipline;

  @WorkerId({ example: 'paola', description: 'The worker who gave it: on the team, of that discipline' })
  workerId!: string;

  @Nested(() => NarrativeEntryDto, { description: 'Usually an evaluation, with its method; restrictable by its discipline' })
  entry!: NarrativeEntryDto;
}

export class DissentDto {
  @WorkerId({ example: 'marco' })
  workerId!: string;

  @LongText({ example: "Ritiene prematuro il rientro in famiglia prima della fine dell'anno scolastico." })
  text!: string;
}

/** POST /cases/{caseId}/team-evaluations: occurredAt is when the team met. */
export class RecordTeamEvaluationDto {
  @NestedList(() => TeamContributionDto, 10, { minItems: 1 })
  contributions!: TeamContributionDto[];

  @LongText({ example: 'Il minore può rientrare in famiglia con educativa domiciliare e sostegno alla madre.' })
  conclusion!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: ['alice', 'paola'], description: 'Team members who agreed' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(WORKER_ID_MAX_LENGTH, { each: true })
  @Matches(WORKER_ID_PATTERN, { each: true })
  agreedBy!: string[];

  @NestedList(() => DissentDto, 10, { required: false, description: 'Team members who disagree, and why' })
  dissent?: DissentDto[];

  @OccurredAt()
  occurredAt?: string;
}
