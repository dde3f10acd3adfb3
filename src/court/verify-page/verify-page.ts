import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublishedKey } from '../keys/audit-keys';

/** Only inline script and style: the page can reach nothing, so it cannot upload what the clerk drops. */
export const VERIFY_PAGE_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; " +
  "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
/** The same policy inside the page, so that a copy saved to disk keeps it (frame-ancestors is header-only). */
const META_CSP = VERIFY_PAGE_CSP.replace(/; frame-ancestors 'none'$/, '');

const PLACEHOLDERS = ['CSP', 'VERIFIER', 'SERVICE_KEYS', 'GENERATED_AT'] as const;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/** The verifier modules, inlined in this order: audit-verifier.js reads globalThis.TutelaAudit at load. */
const VERIFIER_FILES = ['audit-core.js', 'audit-verifier.js'];

export type PageKey = Pick<PublishedKey, 'keyId' | 'jwk'>;

export interface VerifyPage {
  render(keys: PageKey[], generatedAt: Date): string;
}

/** JSON that cannot close the <script> block it sits in, nor open a comment there. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** A JavaScript source inlined as is: refuse one that would end its <script> element early. */
const scriptSafe = (file: string, source: string): string => {
  if (/<\/script|<!--/i.test(source)) throw new Error(`${file} contains </script or <!--: it cannot be inlined in the /verify page`);
  return source;
};

/**
 * Reads the template and the verifier once. `dir` is this folder (src/ under ts-node and jest, dist/ once built:
 * the build copies verify-page.html and ../verify/*.js beside the compiled files). A missing file fails the start.
 */
export const loadVerifyPage = (dir: string = __dirname): VerifyPage => {
  const template = readFileSync(join(dir, 'verify-page.html'), 'utf8');
  for (const [placeholder, name] of template.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) throw new Error(`verify-page.html: unknown placeholder ${placeholder}`);
  }
  const verifier = VERIFIER_FILES.map((file) => scriptSafe(file, readFileSync(join(dir, '..', 'verify', file), 'utf8'))).join('\n');
  return {
    render(keys, generatedAt) {
      const values: Record<(typeof PLACEHOLDERS)[number], string> = {
        CSP: META_CSP,
        VERIFIER: verifier,
        SERVICE_KEYS: jsonForScript(keys.map(({ keyId, jwk }) => ({ keyId, jwk }))),
        GENERATED_AT: generatedAt.toISOString(),
      };
      // One pass, with a function: inserted text is never rescanned, and `$&` in a source stays literal.
      return template.replace(PLACEHOLDER, (_placeholder, name: keyof typeof values) => values[name]);
    },
  };
};
