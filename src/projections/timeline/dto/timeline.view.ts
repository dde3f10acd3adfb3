import { NextCursor } from '../../../common/pagination';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_KINDS } from '../../../cases/case.values';
import { TIMELINE_ORDERS } from './timeline.query.dto';

export class TimelineLabelView {
  @ApiProperty({ example: 'Visita domiciliare registrata (3 voci: 1 fatto, 1 dichiarazione, 1 valutazione)' }) it: string;
  @ApiProperty({ example: 'Home visit recorded (3 entries: 1 fact, 1 statement, 1 evaluation)' }) en: string;
}

export class TimelineActorView {
  @ApiProperty({ example: 'alice', description: 'Token subject of who recorded the fact' }) id: string;
  @ApiProperty({ example: 'social-worker' }) role: string;
}

/** Art. 473-bis.27 c.p.c.: the kind of a narrative entry; its text stays in the event. */
export class EntryKindView {
  @ApiProperty({ enum: ENTRY_KINDS }) kind: string;
  @ApiPropertyOptional({ description: 'Who made the statement (statements only)' }) statedBy?: string;
  @ApiPropertyOptional({ description: 'The method of the evaluation (evaluations only)' }) method?: string;
}

export class TimelineLineView {
  @ApiProperty({ type: 'integer', example: 3, description: 'The revision of the event in the case stream' }) revision: number;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'ContactRecorded' }) type: string;
  @ApiProperty({ type: TimelineLabelView }) label: TimelineLabelView;
  @ApiProperty({ type: TimelineActorView }) actor: TimelineActorView;
  @ApiProperty({ format: 'date-time', description: 'When it happened, as the user told it' }) occurredAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the service recorded it' }) recordedAt: string;
  @ApiPropertyOptional({ type: [EntryKindView], description: 'Contacts, assessment entries and report sections only' })
  entryKinds?: EntryKindView[];
}

export class TimelineView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: TIMELINE_ORDERS }) order: string;
  @ApiProperty({ type: 'integer', example: 12, description: 'Events of the case in the read model' }) total: number;
  @ApiProperty({ type: [TimelineLineView] }) items: TimelineLineView[];
  @NextCursor() next: string | null;
}
