import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { WISH_SUBJECTS, WishSubject } from '../../case.values';
import { LongText, MAX, Name, NestedList, OccurredAt, OneOf, Text, TextList } from '../../dto/decorators';

export class ChildWordsDto {
  @LongText({ example: 'Alla mamma voglio bene, ma a casa si urla sempre.' })
  text!: string;
}

export class ChildWishDto {
  @OneOf(WISH_SUBJECTS, { example: 'placement' })
  about!: WishSubject;

  @LongText({ example: 'Vorrebbe restare nella stessa scuola.' })
  text!: string;
}

/** POST /cases/{caseId}/child-hearings: occurredAt is when the child was heard. */
export class HearChildDto {
  @OccurredAt()
  occurredAt?: string;

  @Name({ example: 'Stanza di ascolto del consultorio' })
  place!: string;

  @ApiProperty({ type: [String], example: ['paola'], description: 'Who listened: the workers (token subjects)', maxItems: 5 })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX.id, { each: true })
  heardBy!: string[];

  @TextList(10, { maxLength: MAX.name, example: ['curatore speciale avv. Neri'], description: 'Who else was present; empty if nobody' })
  present!: string[];

  @Text(2000, { example: 'Colloquio libero con disegno, senza i genitori, adatto agli 8 anni' })
  method!: string;

  @NestedList(() => ChildWordsDto, 50, { description: "The child's words: recorded as statements by the minor" })
  statements!: ChildWordsDto[];

  @NestedList(() => ChildWishDto, 20, { description: "The child's wishes about the plan, the placement, contact with the parents" })
  wishes!: ChildWishDto[];

  @Text(2000, { required: false, description: 'Required under 12: why the child is capable of discernment (art. 336-bis c.c.)' })
  discernment?: string;
}
