import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntegrationEvent } from '../../integration-events/integration-event';
import { INTEGRATION_EVENT_TYPES } from '../../integration-events/publish';

/** Swagger shape of the public envelope (src/feed/integration-events/integration-event.ts); data is per type in openapi/asyncapi.yaml. */
export class IntegrationEventView implements IntegrationEvent {
  @ApiProperty({ format: 'uuid', description: 'The event id: the same on every replay, for deduplication' }) id: string;
  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, example: 'case.opened.v1' }) type: string;
  @ApiProperty({
    example: '1234-56',
    description: 'Opaque: pass it as cursor (or as Last-Event-ID to the stream) to continue after this event',
  })
  position: string;
  @ApiProperty({ example: 'case-6f1c…', description: 'The stream the event belongs to' }) stream: string;
  @ApiProperty({ type: 'integer', example: 0, description: 'The event’s revision in its stream' }) revision: number;
  @ApiPropertyOptional({ format: 'uuid' }) caseId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) familyId?: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened, as the user told it' }) occurredAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the service stored it' }) recordedAt: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The event’s chain hash, as in GET /cases/{caseId}/events and court bundles' })
  hash: string;
  @ApiProperty({ description: 'True when data holds personal data (names, fiscal codes, addresses, narrative text)' }) personal: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Per type: openapi/asyncapi.yaml' })
  data: Record<string, unknown>;
}

export class FeedPageView {
  @ApiProperty({ type: [IntegrationEventView] }) items: IntegrationEventView[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1240-3',
    description:
      'Pass as cursor for the next page: the last event read, even one your types filter left out. ' +
      'Null: nothing more yet; poll later with the same cursor',
  })
  next: string | null;
}
