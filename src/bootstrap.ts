import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule, AppOptions } from './app.module';
import { operationIdOf } from './openapi-operation-ids';
import { TAGS, finishDocument } from './openapi-document';
import { installBodyParsing } from './common/http/body-parsing';
import { answerClientErrorsAsProblems } from './common/http/client-errors';
import { installCors } from './common/http/cors';
import { installSecurityHeaders } from './common/http/security-headers';
import { correlationMiddleware } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { httpMetricsMiddleware } from './observability/http-metrics';
import { DestinationStream, createRootLogger, silentLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { PinoNestLogger } from './observability/nest-logger';
import { requestLogMiddleware } from './observability/request-log';

export const buildOpenApiDocument = (app: INestApplication): OpenAPIObject => {
  const builder = new DocumentBuilder()
    .setTitle('tutela')
    .setDescription(
      'Case record of a municipal Child and Family Services (Servizi Minori e Famiglia). Every fact is an immutable, hash-chained event. ' +
        'Errors are RFC 9457 application/problem+json with a stable `code`.',
    )
    .setVersion('0.1.0')
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer('/', 'The instance serving this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  return finishDocument(SwaggerModule.createDocument(app, builder.build(), { operationIdFactory: operationIdOf }));
};

export interface CreateAppOptions extends AppOptions {
  /** false: no logs at all (tests, the OpenAPI generator), unless a logDestination is given. */
  logger?: false;
  /** Where the JSON log lines go instead of stdout: tests capture them here. */
  logDestination?: DestinationStream;
}

/** The whole HTTP application, configured the same way for `npm start`, tests and the OpenAPI generator. */
export const createApp = async (options: CreateAppOptions): Promise<NestExpressApplication> => {
  const quiet = options.logger === false && !options.logDestination;
  const rootLogger = quiet ? silentLogger() : createRootLogger({ level: options.config.logLevel, destination: options.logDestination });
  const threadLogLevel = quiet ? 'silent' : options.config.logLevel;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ ...options, threadLogLevel }), {
    bodyParser: false,
    logger: quiet ? false : new PinoNestLogger(rootLogger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // ETags are revisions, set by the handlers; Express's automatic body hashes would be mistaken for them.
  app.set('etag', false);
  app.set('query parser', 'simple');
  // First, so that every request is counted and logged, those refused by the body parser too.
  app.use(correlationMiddleware);
  app.use(httpMetricsMiddleware(app.get(Metrics)));
  app.use(requestLogMiddleware(rootLogger));
  // Before any body is read: headers on every answer, refusals included, and preflights answered early.
  installSecurityHeaders(app);
  installCors(app, options.config.corsOrigins);
  installBodyParsing(app, options.config.bodyLimitBytes);
  app.useGlobalPipes(createValidationPipe());
  answerClientErrorsAsProblems(app.getHttpServer());
  // No validator badge: it would send this document's URL to validator.swagger.io.
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json', swaggerOptions: { validatorUrl: null } });
  return app;
};
