import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from './bootstrap';
import { withOfflineApp } from './offline-app';

/** Writes openapi/openapi.json from the code alone: no server, no database (the pool never connects). */
export const generateOpenApi = (): Promise<string> => withOfflineApp((app) => `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);

if (require.main === module) {
  generateOpenApi().then((json) => {
    const dir = join(__dirname, '..', 'openapi');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'openapi.json'), json);
    console.log('openapi/openapi.json written');
  });
}
