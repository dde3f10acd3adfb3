import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule, AppOptions } from './app.module';
import { installBodyParsing } from './common/http/body-parsing';
import { correlationMiddleware } from './common/request-context';
import { createValidationPipe } from './common/validation';

export const buildOpenApiDocument = (app: INestApplication): OpenAPIObject =>
  SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('tutela')
      .setDescription(
        'Case record of a municipal Child and Family Services (Servizi Minori e Famiglia). Every fact is an immutable, hash-chained event. ' +
          'Errors are RFC 9457 application/problem+json with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );

/** The whole HTTP application, configured the same way for `npm start`, tests and the OpenAPI generator. */
export const createApp = async (options: AppOptions & { logger?: false }): Promise<NestExpressApplication> => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    logger: options.logger === false ? false : ['log', 'warn', 'error'],
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(correlationMiddleware);
  installBodyParsing(app, options.config.bodyLimitBytes);
  app.useGlobalPipes(createValidationPipe());
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
};
