import { Webhook } from 'standardwebhooks';
import { assertWebhookSecret, generateWebhookSecret, signWebhook } from './webhook-signature';

const secretOf = (bytes: number) => `whsec_${Buffer.alloc(bytes, 7).toString('base64')}`;

describe('Standard Webhooks signing', () => {
  it('signs the example of the reference library', () => {
    // libraries/javascript/src/webhook.test.ts in github.com/standard-webhooks/standard-webhooks ("sign function works").
    const headers = signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('produces headers a receiver verifies with the standardwebhooks package', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'case.opened.v1', data: { caseId: 'c-1' } });
    const headers = signWebhook(secret, '5b3f4c1e-8d0a-4a55-9a7e-2b6f1f0c9d11', Math.floor(Date.now() / 1000), body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow();
  });

  it('generates secrets of 32 random bytes in the whsec_ form', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(() => assertWebhookSecret(a)).not.toThrow();
  });

  it('accepts a chosen secret of 24 to 64 bytes, and nothing else', () => {
    for (const bytes of [24, 32, 64]) expect(() => assertWebhookSecret(secretOf(bytes))).not.toThrow();
    const refused = [
      secretOf(23),
      secretOf(65),
      'whsec_',
      'secret',
      secretOf(32).replace('whsec_', 'whsk_'),
      `${secretOf(32)}!`,
      'whsec_ab$d',
    ];
    for (const secret of refused)
      expect(() => assertWebhookSecret(secret)).toThrow(expect.objectContaining({ code: 'INVALID_WEBHOOK_SECRET' }));
  });

  it('refuses a non-canonical base64 spelling of a key', () => {
    // 32 bytes take 43 characters: the last one carries 2 unused bits, so flipping its lowest bit spells the same key.
    const canonical = secretOf(32);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const last = canonical.at(-2)!;
    const sloppy = `${canonical.slice(0, -2)}${alphabet[alphabet.indexOf(last) ^ 1]}=`;
    expect(Buffer.from(sloppy.slice(6), 'base64')).toEqual(Buffer.from(canonical.slice(6), 'base64'));
    expect(() => assertWebhookSecret(sloppy)).toThrow(expect.objectContaining({ code: 'INVALID_WEBHOOK_SECRET' }));
  });
});
