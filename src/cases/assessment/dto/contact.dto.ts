import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { CONTACT_KINDS, ContactKind } from '../../case.values';
import { MAX, NestedList, OccurredAt, OneOf, TextList } from '../../dto/decorators';
import { NarrativeEntryDto } from '../../dto/narrative-entry.dto';

/** POST /cases/{caseId}/contacts */
export class RecordContactDto {
  @OneOf(CONTACT_KINDS, { example: 'home-visit' })
  kind!: ContactKind;

  @OccurredAt()
  occurredAt?: string;

  @TextList(50, { minItems: 1, maxLength: MAX.name, example: ['mother', 'Alice Rossi'] })
  participants!: string[];

  @NestedList(() => NarrativeEntryDto, 50, { minItems: 1 })
  entries!: NarrativeEntryDto[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 20,
    description: "People of the case's household met (a contact may be with the parent alone)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  personIds?: string[];
}
