import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApi } from '../src/openapi.cli';

describe('openapi/openapi.json', () => {
  it('is exactly what the code generates (run `npm run openapi` after changing an endpoint)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'openapi', 'openapi.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(await generateOpenApi()));
  });

  it('declares problem+json errors on every operation but health', async () => {
    const document = JSON.parse(await generateOpenApi());
    for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>(
      document.paths,
    )) {
      if (path.startsWith('/health')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
        expect({ path, method, errors: errors.length > 0 }).toEqual({ path, method, errors: true });
        for (const [, response] of errors) expect(Object.keys(response.content ?? {})).toContain('application/problem+json');
      }
    }
  });
});
