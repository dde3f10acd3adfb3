import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { INTEGRATION_EVENT_TYPES } from '../../../integration-events/publish';
import { WEBHOOK_URL_MAX_LENGTH } from '../../url/webhook-url';

/** POST /subscriptions; anything else is 400 VALIDATION_FAILED. */
export class CreateSubscriptionDto {
  @ApiProperty({
    example: 'https://erp.comune.example.it/tutela/webhooks',
    maxLength: WEBHOOK_URL_MAX_LENGTH,
    description:
      'https (http only for localhost and loopback addresses), no credentials. A private, link-local, unspecified or multicast ' +
      'address, literal or resolved, is 400 WEBHOOK_URL_NOT_ALLOWED (unless WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true); ' +
      'a malformed URL 400 INVALID_WEBHOOK_URL',
  })
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  url: string;

  @ApiProperty({
    type: [String],
    enum: INTEGRATION_EVENT_TYPES,
    minItems: 1,
    example: ['case.opened.v1', 'case.closed.v1'],
    description:
      'Public event types (openapi/asyncapi.yaml); an unknown one is 400 UNKNOWN_EVENT_TYPE. Personal types need the feed scope too',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  types: string[];

  @ApiPropertyOptional({
    example: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
    maxLength: 200,
    description: 'Standard Webhooks secret: whsec_ + base64 of 24 to 64 random bytes (else 400 INVALID_WEBHOOK_SECRET); absent: generated',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  secret?: string;
}
