import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Nested, OccurredAt } from '../../../cases/dto/decorators';

const Count = () => (target: object, key: string) => {
  ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, example: 10 })(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(100000)(target, key);
};

export class ParticipantsDto {
  @Count() parents!: number;
  @Count() minors!: number;
  @Count() teachers!: number;
  @Count() operators!: number;
  @Count() citizens!: number;
}

/** POST /initiatives/{initiativeId}/holding */
export class HoldInitiativeDto {
  @Nested(() => ParticipantsDto, { description: 'How many took part, by category' })
  participants!: ParticipantsDto;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /initiatives/{initiativeId}/cancellation */
export class CancelInitiativeDto {
  @ApiProperty({ example: 'The school is closed for the strike', maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
