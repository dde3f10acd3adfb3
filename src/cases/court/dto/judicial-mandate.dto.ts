import { JudicialMandateFieldsDto } from '../../dto/judicial-mandate.dto';
import { OccurredAt } from '../../dto/decorators';

/** POST /cases/{caseId}/judicial-mandates */
export class ReceiveJudicialMandateDto extends JudicialMandateFieldsDto {
  @OccurredAt()
  occurredAt?: string;
}
