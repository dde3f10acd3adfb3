import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { ExportActor } from './audit-trail.types';

/** Who exports, as a court file names them: the token's subject, role and name, never anything in the request. */
export const Exporter = createParamDecorator((_: unknown, host: ExecutionContext): ExportActor => {
  const { id, role, name } = host.switchToHttp().getRequest<AuthenticatedRequest>().principal!;
  return { id, role, ...(name && { name }) };
});
