import { readFileSync, readdirSync } from 'node:fs';
import { OPERATION_IDS } from '../src/openapi-operation-ids';
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

describe('operationIds', () => {
  it('are named in one table for every operation, camelCase and unique', async () => {
    const document = JSON.parse(await generateOpenApi());
    const operations = Object.entries(document.paths as Record<string, Record<string, { operationId: string }>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, id: operation.operationId })),
    );
    expect(operations.filter(({ route }) => !OPERATION_IDS[route]).map(({ route }) => route)).toEqual([]);
    expect(operations.filter(({ id }) => !/^[a-z][A-Za-z0-9]+$/.test(id))).toEqual([]);
    const ids = operations.map(({ id }) => id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(Object.keys(OPERATION_IDS).filter((route) => !operations.some((o) => o.route === route))).toEqual([]);
  });
});

describe('numbers', () => {
  it('are integers: revisions, counts, ages, places, statuses; tutela has no fractional value', async () => {
    const document = await generateOpenApi();
    expect(document).toContain('"type": "integer"');
    expect(document).not.toContain('"type": "number"');
  });
});

describe('lists', () => {
  /** Short fixed collections answered whole: every read model, one integrator's subscriptions. */
  const WHOLE = ['GET /admin/projections', 'GET /subscriptions'];

  it('page one way: limit and cursor in, items and a nullable next out', async () => {
    const document = JSON.parse(await generateOpenApi());
    const schemaOf = (ref: string) => document.components.schemas[ref.split('/').pop()!];
    const lists: string[] = [];
    for (const [path, item] of Object.entries<Record<string, OpenApiOperation>>(document.paths)) {
      const operation = item.get;
      const schema = operation?.responses['200']?.content?.['application/json']?.schema;
      const body = schema?.$ref ? schemaOf(schema.$ref) : schema;
      if (!body?.properties?.items || WHOLE.includes(`GET ${path}`)) continue;
      const query = (operation!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      lists.push(`${path}: ${['limit', 'cursor'].filter((name) => !query.includes(name))} ${body.properties.next?.nullable}`);
    }
    expect(lists.length).toBeGreaterThan(15);
    expect(lists.filter((line) => !line.endsWith(':  true'))).toEqual([]);
  });
});

type OpenApiOperation = {
  parameters?: Array<{ in: string; name: string }>;
  responses: Record<
    string,
    { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, { nullable?: boolean }> } }> }
  >;
};

describe('schemas', () => {
  /** Swagger names a schema after its class: two classes of one name would leave one of them undocumented. */
  it('come from classes with unique names', () => {
    const files = (readdirSync(join(__dirname, '..', 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const names = files.flatMap((file) => {
      const source = readFileSync(join(__dirname, '..', 'src', file), 'utf8');
      return source.includes('@nestjs/swagger') ? [...source.matchAll(/^(?:export )?class (\w+)/gm)].map((m) => m[1]) : [];
    });
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
