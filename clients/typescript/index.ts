import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/**
 * A typed client of the tutela API: paths, bodies, answers and problem+json errors come from openapi/openapi.json,
 * so a call that does not fit the contract does not compile.
 */
export type TutelaClient = Client<paths>;

export const createTutelaClient = (baseUrl: string, token: string, options: Omit<ClientOptions, 'baseUrl'> = {}): TutelaClient =>
  createClient<paths>({ ...options, baseUrl, headers: { Authorization: `Bearer ${token}`, ...options.headers } });
