import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ProjectionErrorView {
  @ApiProperty() message: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The event it failed on' }) eventId: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** One read model, as this instance sees it. */
class ProjectionStatusView {
  @ApiProperty({ example: 'case_list' }) name: string;
  @ApiProperty({
    enum: ['waiting-for-lock', 'running', 'rebuilding', 'failing', 'stopped'],
    description: 'waiting-for-lock: another instance runs it',
  })
  state: string;
  @ApiProperty({ type: String, nullable: true, description: 'The last event applied' }) position: string | null;
  @ApiProperty({ type: 'integer' }) eventsSeen: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Events not yet applied' }) lagEvents: number;
  @ApiProperty({ type: 'integer', description: 'How long the oldest of them has waited, in milliseconds' }) lagMs: number;
  @ApiPropertyOptional({ type: ProjectionErrorView }) lastError?: ProjectionErrorView;
}

/** Every read model: a short fixed list, answered whole. */
export class ProjectionStatusListView {
  @ApiProperty({ type: [ProjectionStatusView] }) items: ProjectionStatusView[];
}

/** GET /admin/projections/rebuilds/{rebuildId}, and the answer to a rebuild request. */
export class RebuildProgressView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'case_list' }) name: string;
  @ApiProperty({ enum: ['requested', 'running', 'done', 'failed'] }) state: string;
  @ApiProperty({ type: 'integer' }) eventsDone: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null until counted' }) eventsTotal: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt: string | null;
}
