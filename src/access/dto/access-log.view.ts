import { NextCursor } from '../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';

class AccessActorView {
  @ApiProperty({ example: 'alice' }) id: string;
  @ApiProperty({ example: 'social-worker' }) role: string;
}

class AccessLogLineView {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) caseId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) familyId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'A person of the registry whose record was read' }) personId:
    string | null;
  @ApiProperty({ type: AccessActorView }) actor: AccessActorView;
  @ApiProperty({ example: 'GET /cases/:caseId/timeline', description: 'The route read' }) what: string;
  @ApiProperty({ description: 'X-Request-Id of the read' }) requestId: string;
  @ApiProperty({ format: 'date-time' }) accessedAt: string;
}

export class AccessLogView {
  @ApiProperty({ type: [AccessLogLineView] }) items: AccessLogLineView[];
  @NextCursor() next: string | null;
}
