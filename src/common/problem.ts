import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with tutela's stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: Array<{ field: string; messages: string[] }>;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problem = (status: number, code: string, detail: string, extensions: Record<string, unknown> = {}): Problem => ({
  type: `https://tutela.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  code,
  ...extensions,
});

class ProblemFieldError {
  @ApiProperty({ example: 'birthDate' }) field: string;
  @ApiProperty({ example: ['birthDate must be a valid ISO 8601 date string'] }) messages: string[];
}

/** The problem+json body, for Swagger. */
export class ProblemDto {
  @ApiProperty({ example: 'https://tutela.example/problems/case-closed' }) type: string;
  @ApiProperty({ example: 'Conflict' }) title: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty({ example: 'Case 6f1c… is closed' }) detail: string;
  @ApiProperty({ example: 'CASE_CLOSED', description: 'Stable machine-readable code' }) code: string;
  @ApiPropertyOptional({ example: '/cases/6f1c…/contacts' }) instance?: string;
  @ApiPropertyOptional({ type: [ProblemFieldError] }) errors?: ProblemFieldError[];
}
