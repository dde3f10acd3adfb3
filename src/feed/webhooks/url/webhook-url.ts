import { promises as dns } from 'node:dns';
import { InvalidInputError } from '../../../common/domain-error';
import { AddressKind, addressKind } from './address-kind';

export const WEBHOOK_URL_MAX_LENGTH = 2048;

/** allowPrivate (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES): closed networks whose receivers live on private addresses. */
export interface WebhookUrlPolicy {
  allowPrivate: boolean;
}

export type ResolvedAddress = { address: string; family: number };
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;
export const resolveWithSystemDns: ResolveHost = (hostname) => dns.lookup(hostname, { all: true });

const invalid = (detail: string) => new InvalidInputError('INVALID_WEBHOOK_URL', detail);
const notAllowed = (detail: string) => new InvalidInputError('WEBHOOK_URL_NOT_ALLOWED', detail);

/** Never a receiver, whatever the policy: no host listens on them. */
const NEVER: AddressKind[] = ['unspecified', 'multicast'];

const refusal = (kind: AddressKind, policy: WebhookUrlPolicy, loopbackWanted: boolean): string | undefined => {
  if (kind === 'public' || (kind === 'loopback' && loopbackWanted)) return undefined;
  if (policy.allowPrivate && !NEVER.includes(kind)) return undefined;
  return `${kind} addresses are not allowed`;
};

const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

/** localhost and loopback literals name this machine on purpose (a local relay, tests): http is allowed there. */
const namesLoopback = (url: URL): boolean => url.hostname === 'localhost' || addressKind(bareHost(url)) === 'loopback';

/**
 * The rules that need no DNS: a parseable http(s) URL without credentials, https unless it names loopback,
 * and a literal address that is public (or private, when allowed). Returns the normalised URL.
 */
export const checkWebhookUrl = (raw: string, policy: WebhookUrlPolicy): URL => {
  if (raw.length > WEBHOOK_URL_MAX_LENGTH) throw invalid(`A webhook URL has at most ${WEBHOOK_URL_MAX_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('The webhook URL is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('A webhook URL must use https');
  // Credentials would be sent to the receiver in clear and kept in our database and logs.
  if (url.username || url.password) throw invalid('A webhook URL must not carry credentials; the signature authenticates us');
  if (url.href.length > WEBHOOK_URL_MAX_LENGTH) throw invalid(`A webhook URL has at most ${WEBHOOK_URL_MAX_LENGTH} characters`);
  if (url.protocol === 'http:' && !namesLoopback(url)) throw notAllowed('A webhook URL must use https (http only for localhost)');
  const literal = addressKind(bareHost(url));
  const refused = literal && refusal(literal, policy, true);
  if (refused) throw notAllowed(`The webhook host ${url.hostname} is refused: ${refused}`);
  return url;
};

/** The rule on what a host name resolves to: every address must pass, so a name cannot smuggle in an internal one. */
export const checkResolvedAddresses = (hostname: string, addresses: ResolvedAddress[], policy: WebhookUrlPolicy): void => {
  if (addresses.length === 0) throw invalid(`The webhook host ${hostname} does not resolve`);
  const isLocalhost = hostname === 'localhost';
  for (const { address } of addresses) {
    const kind = addressKind(address) ?? 'reserved';
    // localhost must stay on this machine; any other name must leave it (a name pointing home is a rebinding trick).
    const refused = isLocalhost ? (kind === 'loopback' ? undefined : `${kind} address`) : refusal(kind, policy, false);
    if (refused) throw notAllowed(`The webhook host ${hostname} resolves to ${address}: ${refused}`);
  }
};

/** Both rules, at subscription: the delivery checks them again on every connection (sending/guarded-lookup.ts). */
export const validateWebhookUrl = async (raw: string, policy: WebhookUrlPolicy, resolve = resolveWithSystemDns): Promise<URL> => {
  const url = checkWebhookUrl(raw, policy);
  const host = bareHost(url);
  if (addressKind(host)) return url;
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    throw invalid(`The webhook host ${url.hostname} does not resolve`);
  }
  checkResolvedAddresses(host, addresses, policy);
  return url;
};
