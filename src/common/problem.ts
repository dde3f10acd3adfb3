import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Lang } from './language';

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

const TITLES_IT: Record<number, string> = {
  400: 'Richiesta non valida',
  401: 'Autenticazione richiesta',
  403: 'Accesso negato',
  404: 'Non trovato',
  405: 'Metodo non consentito',
  409: 'Conflitto',
  412: 'Precondizione non soddisfatta',
  413: 'Contenuto troppo grande',
  415: 'Tipo di contenuto non supportato',
  422: 'Contenuto non elaborabile',
  428: 'Precondizione richiesta',
  429: 'Troppe richieste',
  431: 'Intestazioni troppo grandi',
  500: 'Errore interno',
  503: 'Servizio non disponibile',
};

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

/** The title of a status in the caller's language (Accept-Language); English by default, like detail. */
export const titleOf = (status: number, lang: Lang): string =>
  (lang === 'it' ? TITLES_IT[status] : TITLES[status]) ?? (lang === 'it' ? 'Errore' : 'Error');

export const problem = (status: number, code: string, detail: string, extensions: Record<string, unknown> = {}): Problem => ({
  type: `https://tutela.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
  title: titleOf(status, 'en'),
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
  @ApiProperty({ type: 'integer', example: 409 }) status: number;
  @ApiProperty({ example: 'Case 6f1c… is closed' }) detail: string;
  @ApiProperty({ example: 'CASE_CLOSED', description: 'Stable machine-readable code' }) code: string;
  @ApiPropertyOptional({ example: '/cases/6f1c…/contacts' }) instance?: string;
  @ApiPropertyOptional({ type: [ProblemFieldError] }) errors?: ProblemFieldError[];
}
