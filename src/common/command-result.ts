import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Response } from 'express';
import { CommandOutcome } from './command-outcome';

/** Something the service recorded but you should know: the command was accepted (e.g. FACILITY_AT_CAPACITY). */
export class CommandWarningDto {
  @ApiProperty({ example: 'FACILITY_AT_CAPACITY' })
  code: string;

  @ApiProperty({ example: 'Facility Casa Aurora had 2 of 2 places taken before this placement' })
  detail: string;
}

export class CommandResultDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The id of what the command created' })
  id?: string;

  @ApiProperty({ type: 'integer', example: 3, description: 'The stream revision after the command; send it back as If-Match: "3"' })
  revision: number;

  @ApiProperty({ example: '1234-56', description: 'Opaque store position; pass it as consistentWith to read your write' })
  position: string;

  @ApiPropertyOptional({ type: [CommandWarningDto], description: 'Present when the command was accepted with a warning' })
  warnings?: CommandWarningDto[];
}

export const etagOf = (revision: bigint | number): string => `"${revision}"`;

/** Answers a command with { id?, revision, position }, ETag: "<revision>" and the Location of what it created. */
export const commandResult = (response: Response, outcome: CommandOutcome<unknown>, createdId?: string): CommandResultDto => {
  response.setHeader('ETag', etagOf(outcome.revision));
  if (outcome.answer?.location) response.setHeader('Location', outcome.answer.location);
  const id = createdId ?? outcome.answer?.id;
  return { ...(id ? { id } : {}), revision: Number(outcome.revision), position: outcome.position };
};
