import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = join(__dirname, '../..');
export const DOCUMENT_PATH = join(ROOT, 'openapi/openapi.json');
export const SCHEMA_PATH = join(__dirname, 'schema.d.ts');

const HEADER = '/** Generated from openapi/openapi.json by `npm run client` (openapi-typescript): do not edit. */\n\n';

/** The client's types, as the committed file holds them. */
export const schemaSource = async (documentPath = DOCUMENT_PATH): Promise<string> => {
  const document = JSON.parse(await readFile(documentPath, 'utf8'));
  return HEADER + astToString(await openapiTS(document));
};

// npm run client writes the committed file; a path argument writes elsewhere (the sync test compares the two).
if (require.main === module) {
  void schemaSource().then((source) => writeFile(process.argv[2] ?? SCHEMA_PATH, source));
}
