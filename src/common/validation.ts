import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

const flatten = (errors: ValidationError[], parent = ''): Array<{ field: string; messages: string[] }> =>
  errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });

export class ValidationFailedError extends DomainError {
  constructor(errors: ValidationError[]) {
    const fields = flatten(errors);
    super('VALIDATION_FAILED', `Invalid input: ${fields.map((f) => f.field).join(', ')}`, 400, { errors: fields });
  }
}

/** Whitelist, forbid unknown fields, and answer 400 problem+json with every field's messages. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(errors),
  });
