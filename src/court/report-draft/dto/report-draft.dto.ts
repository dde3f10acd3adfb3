import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class DraftActorDto {
  @ApiProperty() id: string;
  @ApiProperty() role: string;
  @ApiPropertyOptional() name?: string;
}

class DraftMinorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ example: '2016-03-01' }) birthDate?: string;
}

class DraftPeriodDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
}

class DraftEntryDto {
  @ApiProperty() stream: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ example: 'ContactRecorded' }) eventType: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ['fact', 'statement', 'evaluation'] }) kind: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ description: 'statement: who made it' }) statedBy?: string;
  @ApiPropertyOptional({ description: 'evaluation: the method used' }) method?: string;
}

class DraftMeasureDto {
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ description: 'Italian line of its latest event' }) label: string;
  @ApiProperty({ example: 'disposta' }) status: string;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiPropertyOptional({
    example: 'collocato presso Casa Aurora, con il genitore Maria Esposito',
    description: 'Where a placing measure put the child',
  })
  placedWith?: string;
}

class DraftHearingDto {
  @ApiProperty({ format: 'uuid' }) hearingId: string;
  @ApiProperty() label: string;
  @ApiProperty() hearingDate: string;
}

class DraftDeadlineDto {
  @ApiProperty() label: string;
  @ApiProperty() dueAt: string;
  @ApiProperty({ enum: ['met', 'open', 'lapsed'] }) status: string;
  @ApiPropertyOptional() metAt?: string;
}

export class DraftParentWorkDto {
  @ApiProperty({ format: 'uuid', description: "The adult of the case's household the work is for" }) personId: string;
  @ApiPropertyOptional({ description: 'Their name, as the household records it' }) name?: string;
  @ApiProperty() label: string;
  @ApiProperty({ format: 'date-time' }) since: string;
}

export class DraftChildWishDto {
  @ApiProperty({ enum: ['plan', 'placement', 'contact-with-parents', 'other'] }) about: string;
  @ApiProperty() text: string;
}

export class DraftChildHearingDto {
  @ApiProperty({ format: 'date-time' }) heardAt: string;
  @ApiProperty() place: string;
  @ApiProperty({ type: [String] }) heardBy: string[];
  @ApiProperty({ type: [String] }) present: string[];
  @ApiProperty() method: string;
  @ApiProperty({ type: [String], description: "The child's words" }) statements: string[];
  @ApiProperty({ type: [DraftChildWishDto] }) wishes: DraftChildWishDto[];
}

export class DraftTeamContributionDto {
  @ApiProperty({ enum: ['social', 'psychological', 'educational'] }) discipline: string;
  @ApiProperty() workerId: string;
  @ApiProperty({ description: 'The contribution, or the withheld line for a restricted one' }) text: string;
  @ApiPropertyOptional() method?: string;
}

export class DraftDissentDto {
  @ApiProperty() workerId: string;
  @ApiProperty() text: string;
}

export class DraftTeamEvaluationDto {
  @ApiProperty({ format: 'uuid' }) evaluationId: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt: string;
  @ApiProperty({ type: [DraftTeamContributionDto] }) contributions: DraftTeamContributionDto[];
  @ApiProperty() conclusion: string;
  @ApiProperty({ type: [String] }) agreedBy: string[];
  @ApiProperty({ type: [DraftDissentDto] }) dissent: DraftDissentDto[];
}

export class ReportDraftDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ type: DraftMinorDto }) minor: DraftMinorDto;
  @ApiProperty({ type: DraftPeriodDto }) period: DraftPeriodDto;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: DraftActorDto }) generatedBy: DraftActorDto;
  @ApiProperty({ type: 'integer', description: 'The case revision the draft covers' }) headRevision: number;
  @ApiProperty({ description: 'Its chain hash: cite it as headHash when submitting the report' }) headHash: string;
  @ApiProperty({ type: [DraftEntryDto], description: 'Fatti accertati' }) facts: DraftEntryDto[];
  @ApiProperty({ type: [DraftEntryDto], description: 'Dichiarazioni, with who made them' }) statements: DraftEntryDto[];
  @ApiProperty({ type: [DraftEntryDto], description: 'Valutazioni, with the method' }) evaluations: DraftEntryDto[];
  @ApiProperty({ type: [DraftMeasureDto] }) measures: DraftMeasureDto[];
  @ApiProperty({ type: [DraftHearingDto] }) hearings: DraftHearingDto[];
  @ApiProperty({ type: [DraftDeadlineDto] }) deadlines: DraftDeadlineDto[];
  @ApiProperty({ type: [DraftParentWorkDto], description: 'Work with the parent in difficulty: goals and interventions for an adult' })
  parentWork: DraftParentWorkDto[];
  @ApiProperty({ type: [DraftChildHearingDto], description: 'Ascolto del minore: its own section' }) childHearings: DraftChildHearingDto[];
  @ApiProperty({ type: [DraftTeamEvaluationDto], description: "Valutazione d'équipe: the basis the report cites" })
  teamEvaluations: DraftTeamEvaluationDto[];
}
