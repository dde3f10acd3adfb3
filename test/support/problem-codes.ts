import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { OPERATION_IDS } from '../../src/openapi-operation-ids';

/** One problem+json answer: which operation gave which status and code. */
export interface AnsweredProblem {
  operation: string;
  status: number;
  code: string;
}

const templates = Object.keys(OPERATION_IDS).map((key) => {
  const [method, path] = key.split(' ');
  const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
  return { key, method, path: new RegExp(`^${pattern}$`) };
});

/** The operation a request was for, by the document's method and path template; undefined for unknown routes. */
export const operationOf = (method: string, path: string): string | undefined => {
  const matches = templates.filter((t) => t.method === method && t.path.test(path));
  // A literal segment wins over a template one (/audit/checkpoints/latest over /audit/checkpoints/{checkpointId}).
  return matches.sort((a, b) => a.key.split('{').length - b.key.split('{').length)[0]?.key;
};

type Responses = Record<
  string,
  { content?: Record<string, { schema?: { allOf?: Array<{ properties?: { code?: { enum?: string[] } } }> } }> }
>;
let document: { paths: Record<string, Record<string, { responses: Responses }>> } | undefined;

/** Whether the committed OpenAPI document declares this code for this operation and status. */
export const isDeclared = ({ operation, status, code }: AnsweredProblem): boolean => {
  document ??= JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi', 'openapi.json'), 'utf8'));
  const [method, path] = operation.split(' ');
  const answer = document!.paths[path]?.[method.toLowerCase()]?.responses[String(status)];
  const schema = answer?.content?.['application/problem+json']?.schema;
  return schema?.allOf?.[1]?.properties?.code?.enum?.includes(code) ?? false;
};

const problemOf = (response: Response, chunk: unknown): { code: string; detail: string } | undefined => {
  if (!String(response.getHeader('content-type') ?? '').startsWith('application/problem+json') || chunk === undefined) return undefined;
  try {
    const { code, detail } = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    return typeof code === 'string' ? { code, detail: String(detail ?? '') } : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Watches every problem+json a test app answers. With PROBLEM_CODES_RECORD_DIR set, each one is written there (one
 * file per process) for `npm run problem-codes`; otherwise those the OpenAPI document does not declare are kept,
 * and the app's close fails with them.
 */
export const watchProblemCodes = (app: INestApplication): (() => AnsweredProblem[]) => {
  const recordDir = process.env.PROBLEM_CODES_RECORD_DIR;
  const undeclared: AnsweredProblem[] = [];
  app.use((request: Request, response: Response, next: NextFunction) => {
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((...args: unknown[]) => {
      const answer = problemOf(response, args[0]);
      const operation = answer && operationOf(request.method, request.path);
      if (answer && operation) {
        const answered = { operation, status: response.statusCode, code: answer.code };
        if (recordDir) {
          mkdirSync(recordDir, { recursive: true });
          appendFileSync(join(recordDir, `${process.pid}.jsonl`), `${JSON.stringify({ ...answered, detail: answer.detail })}\n`);
        } else if (!isDeclared(answered)) undeclared.push(answered);
      }
      return end(...args);
    }) as Response['end'];
    next();
  });
  return () => undeclared;
};
