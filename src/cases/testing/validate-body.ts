import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';

/** Validates a body as the app's ValidationPipe does (DESIGN §6): transform, whitelist, forbid unknown fields. */
export const validateBody = async <T extends object>(dto: new () => T, body: unknown) => {
  const instance = plainToInstance(dto, body);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  return { instance, errors, failures: flatten(errors) };
};

/** "path: constraint" for every failed rule, nested paths dotted. */
const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return [...Object.keys(e.constraints ?? {}).map((c) => `${path}: ${c}`), ...flatten(e.children ?? [], path)];
  });
