import { ArgumentMetadata, Type, ValidationPipe } from '@nestjs/common';
import { ValidationError, getMetadataStorage } from 'class-validator';
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

// Plain decimal notation; class-transformer's Number() would read '' as 0 and '0x1A' or '1e3' as numbers.
const DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** The validated properties of a query DTO that are declared as numbers. */
const numericQueryFields = (metatype: Type<unknown>): string[] => {
  const validated = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false);
  const names = [...new Set(validated.map((metadata) => metadata.propertyName))];
  return names.filter((name) => Reflect.getMetadata('design:type', metatype.prototype, name) === Number);
};

const notDecimal = (property: string, value: unknown): ValidationError =>
  Object.assign(new ValidationError(), {
    property,
    value,
    constraints: { isDecimal: `${property} must be a number written in decimal digits` },
  });

/** Whitelist, forbid unknown fields, and answer 400 problem+json with every field's messages. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Query values are text: a number must be written as one before it is converted.
    if (metadata.type === 'query' && metadata.metatype && value && typeof value === 'object') {
      const query = value as Record<string, unknown>;
      const wrong = numericQueryFields(metadata.metatype)
        .filter((name) => query[name] !== undefined && !(typeof query[name] === 'string' && DECIMAL.test(query[name] as string)))
        .map((name) => notDecimal(name, query[name]));
      if (wrong.length > 0) throw new ValidationFailedError(wrong);
    }
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = (): ValidationPipe =>
  new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedError(errors),
  });
