import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Principal } from '../../../auth/roles';
import { EventStore } from '../../../event-store/event-store';
import { INTEGRATION_EVENT_TYPES, isPersonalType } from '../../integration-events/publish';
import { assertWebhookSecret, generateWebhookSecret } from '../signing/webhook-signature';
import { WebhookUrlPolicy, validateWebhookUrl } from '../url/webhook-url';
import { PersonalTypesNeedFeedScopeError, UnknownEventTypeError } from '../webhooks.errors';
import { Subscription, insertSubscription } from './subscriptions.store';

export interface SubscribeRequest {
  url: string;
  types: string[];
  secret?: string;
}

/** Checks everything before anything is stored: types, scope for personal types, secret, then the URL (DNS last: the slow one). */
export const subscribe = async (
  deps: { pool: Pool; store: EventStore; policy: WebhookUrlPolicy },
  owner: Principal,
  request: SubscribeRequest,
): Promise<Subscription & { secret: string }> => {
  const types = [...new Set(request.types)].sort();
  const unknown = types.filter((type) => !INTEGRATION_EVENT_TYPES.includes(type));
  if (unknown.length > 0) throw new UnknownEventTypeError(unknown);
  const personal = types.filter(isPersonalType);
  if (personal.length > 0 && !(owner.scopes ?? []).includes('feed')) throw new PersonalTypesNeedFeedScopeError(personal);
  if (request.secret !== undefined) assertWebhookSecret(request.secret);
  const secret = request.secret ?? generateWebhookSecret();
  const url = await validateWebhookUrl(request.url, deps.policy);
  const created = await insertSubscription(deps.pool, deps.store, { id: randomUUID(), ownerId: owner.id, url: url.href, types, secret });
  return { ...created, secret };
};
