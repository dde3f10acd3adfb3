import { LookupAddress, LookupOptions } from 'node:dns';
import { ResolveHost, WebhookUrlPolicy, checkResolvedAddresses, resolveWithSystemDns } from '../url/webhook-url';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The socket's own DNS lookup, checked: the connection goes to the very addresses that passed the SSRF rules,
 * so a name that answered a public address at subscription and a private one now (DNS rebinding) is refused.
 */
export const guardedLookup =
  (policy: WebhookUrlPolicy, resolve: ResolveHost = resolveWithSystemDns) =>
  (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (resolved) => {
        const wanted = options.family === 4 || options.family === 6 ? resolved.filter((a) => a.family === options.family) : resolved;
        try {
          checkResolvedAddresses(hostname, wanted, policy);
        } catch (error) {
          callback(Object.assign(new Error((error as Error).message), { code: 'WEBHOOK_URL_NOT_ALLOWED' }), '');
          return;
        }
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
