import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, ValidateBy, ValidateNested } from 'class-validator';
import { INTAKE_DTOS, IntakeDto, JudicialIntakeDto, SemiSpontaneousIntakeDto, SpontaneousIntakeDto } from './intake.dto';
import { OccurredAt, Uuid } from '../../dto/decorators';

/** class-transformer leaves an unknown kind as a plain object: refuse anything not built as one of the intake classes. */
const IsKnownIntake = () =>
  ValidateBy({
    name: 'isKnownIntake',
    validator: {
      validate: (value) => INTAKE_DTOS.some((dto) => value instanceof dto),
      defaultMessage: () => 'intake.kind must be one of: spontaneous, semi-spontaneous, judicial',
    },
  });

/** POST /cases */
@ApiExtraModels(SpontaneousIntakeDto, SemiSpontaneousIntakeDto, JudicialIntakeDto)
export class OpenCaseDto {
  @Uuid()
  familyId!: string;

  @Uuid({ description: 'A member of the family with the role minor, under 18 on the intake date' })
  minorId!: string;

  @ApiProperty({
    oneOf: INTAKE_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })),
    discriminator: {
      propertyName: 'kind',
      mapping: {
        spontaneous: getSchemaPath(SpontaneousIntakeDto),
        'semi-spontaneous': getSchemaPath(SemiSpontaneousIntakeDto),
        judicial: getSchemaPath(JudicialIntakeDto),
      },
    },
  })
  @IsNotEmpty()
  @IsKnownIntake()
  @ValidateNested()
  @Type(() => Object, {
    discriminator: {
      property: 'kind',
      subTypes: [
        { value: SpontaneousIntakeDto, name: 'spontaneous' },
        { value: SemiSpontaneousIntakeDto, name: 'semi-spontaneous' },
        { value: JudicialIntakeDto, name: 'judicial' },
      ],
    },
    keepDiscriminatorProperty: true,
  })
  intake!: IntakeDto;

  @OccurredAt()
  occurredAt?: string;
}
