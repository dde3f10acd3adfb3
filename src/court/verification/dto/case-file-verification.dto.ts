import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ChainBreakDto {
  @ApiProperty({ type: 'integer', example: 4 }) revision: number;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'hash does not match the event content' }) reason: string;
  @ApiProperty({ description: 'The hash the chain says this field should hold' }) expected: string;
  @ApiProperty({ description: 'What the stored event holds' }) found: string;
}

class CheckpointComparisonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer', description: 'The stream revision the checkpoint saw' }) revision: number;
  @ApiProperty() headHash: string;
  @ApiProperty({ enum: ['consistent', 'tail-removed', 'stream-vanished', 'head-rewritten', 'not-checkpointed'] }) comparison: string;
}

class StreamVerificationDto {
  @ApiProperty({ example: 'case-3f0c…' }) stream: string;
  @ApiProperty({ description: 'The chain holds and the stream still reaches the checkpoint it was seen at' }) holds: boolean;
  @ApiProperty({ type: 'integer', description: 'Events checked (up to the first break)' }) events: number;
  @ApiProperty({ nullable: true, type: 'integer' }) headRevision: number | null;
  @ApiProperty({ nullable: true, type: String }) headHash: string | null;
  @ApiPropertyOptional({ type: ChainBreakDto }) firstBreak?: ChainBreakDto;
  @ApiProperty({ type: CheckpointComparisonDto, nullable: true }) checkpoint: CheckpointComparisonDto | null;
}

export class CaseFileVerificationDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
  @ApiProperty({ description: 'Every stream holds' }) holds: boolean;
  @ApiProperty({ type: [StreamVerificationDto] }) streams: StreamVerificationDto[];
}
