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
}
