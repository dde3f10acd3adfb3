import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOfflineApp } from '../offline-app';
import { authorizationMarkdown, authorizationMatrix } from './authorization-matrix';

/** Writes docs/authorization.md from the guards' metadata. */
export const generateAuthorizationDoc = (): Promise<string> => withOfflineApp((app) => authorizationMarkdown(authorizationMatrix(app)));

if (require.main === module) {
  generateAuthorizationDoc().then((markdown) => {
    writeFileSync(join(__dirname, '..', '..', 'docs', 'authorization.md'), markdown);
    console.log('docs/authorization.md written');
  });
}
