import http from 'node:http';
import https from 'node:https';
import { signWebhook } from '../signing/webhook-signature';
import { WebhookUrlPolicy, checkWebhookUrl } from '../url/webhook-url';
import { guardedLookup } from './guarded-lookup';

export interface WebhookAttempt {
  url: string;
  secret: string;
  /** The delivery id: webhook-id, the same on every retry, for the receiver's deduplication. */
  id: string;
  body: string;
}

export type AttemptOutcome = { delivered: true; status: number } | { delivered: false; status?: number; error: string };

const ERROR_MAX_LENGTH = 500;
const failed = (error: string, status?: number): AttemptOutcome => ({ delivered: false, status, error: error.slice(0, ERROR_MAX_LENGTH) });

/**
 * One signed POST. 2xx is delivered; anything else, a redirect included, is a failure to retry.
 * The timeout covers the whole attempt, from the DNS lookup to the last byte of the answer.
 */
export const postWebhook = (attempt: WebhookAttempt, options: { timeoutMs: number; policy: WebhookUrlPolicy }): Promise<AttemptOutcome> => {
  let url: URL;
  try {
    // Checked again at every attempt: a subscription made under looser rules gets no exception later.
    url = checkWebhookUrl(attempt.url, options.policy);
  } catch (error) {
    return Promise.resolve(failed((error as Error).message));
  }
  const signed = signWebhook(attempt.secret, attempt.id, Math.floor(Date.now() / 1000), attempt.body);
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(attempt.body)),
    'user-agent': 'tutela-webhooks/1',
    ...signed,
  };
  return new Promise<AttemptOutcome>((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    // agent: false, a connection per attempt: no pooled socket outlives a shutdown or skips the guarded lookup.
    const request = client.request(url, { method: 'POST', headers, agent: false, lookup: guardedLookup(options.policy) }, (response) => {
      const status = response.statusCode ?? 0;
      resolve(status >= 200 && status < 300 ? { delivered: true, status } : failed(`HTTP ${status}`, status));
      // The answer's body is not read: drain it, within the same timeout.
      response.on('error', () => undefined).on('close', () => clearTimeout(timer));
      response.resume();
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      resolve(failed(error.message || String(error)));
    });
    request.end(attempt.body);
  });
};
