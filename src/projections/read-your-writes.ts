import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  UseInterceptors,
  applyDecorators,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Request, Response } from 'express';
import { Observable, from, mergeMap } from 'rxjs';
import { InvalidInputError } from '../common/domain-error';
import { EVENT_STORE, EventStore } from '../event-store/event-store';
import { ProjectionRunner } from './projection-runner';

/** How long a query waits for its projections to pass the client's position before answering stale. */
export const CONSISTENCY_WAIT_MS = 5000;
const READS_FROM = 'tutela:reads-from';

/** Query DTOs of read models extend this, so the parameter passes the whitelist. */
export class ConsistencyQuery {
  @ApiPropertyOptional({ description: 'A position from a command answer: wait until this read model has passed it', example: '1234-56' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consistentWith?: string;
}

@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const position = (request.query.consistentWith as string | undefined) ?? request.header('x-consistent-with');
    if (!position) return next.handle();
    const names = this.reflector.get<string[]>(READS_FROM, context.getHandler());
    return from(this.waitFor(position, names)).pipe(
      mergeMap((reached) => {
        response.setHeader('X-Consistency', reached ? 'consistent' : 'stale');
        return next.handle();
      }),
    );
  }

  private async waitFor(position: string, names: string[]): Promise<boolean> {
    try {
      this.store.comparePositions(position, position);
    } catch {
      throw new InvalidInputError('INVALID_POSITION', 'consistentWith is not a position this service gave out');
    }
    return this.runner.waitUntilReached(position, names, CONSISTENCY_WAIT_MS);
  }
}

/** The endpoint reads these projections, and honours ?consistentWith= / X-Consistent-With (DESIGN §6). */
export const ReadsFrom = (...projections: string[]) =>
  applyDecorators(
    SetMetadata(READS_FROM, projections),
    UseInterceptors(ReadYourWritesInterceptor),
    ApiHeader({ name: 'X-Consistent-With', required: false, description: 'Same as the consistentWith query parameter' }),
  );
