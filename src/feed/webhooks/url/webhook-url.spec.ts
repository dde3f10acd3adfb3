import { ResolveHost, checkWebhookUrl, validateWebhookUrl } from './webhook-url';

const closed = { allowPrivate: false };
const open = { allowPrivate: true };
const dnsSays =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const noDns: ResolveHost = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
};
const refusedWith = (code: string) => expect.objectContaining({ code });

describe('webhook URL guard (SSRF)', () => {
  it('accepts https to a public name or address, and http(s) to loopback', async () => {
    await expect(validateWebhookUrl('https://erp.example.it/hooks?x=1', closed, dnsSays('93.184.216.34'))).resolves.toBeInstanceOf(URL);
    for (const url of [
      'https://8.8.8.8/h',
      'http://127.0.0.1:8080/h',
      'https://127.0.0.9/h',
      'http://[::1]:9/h',
      'http://localhost:3000/h',
    ]) {
      await expect(validateWebhookUrl(url, closed, dnsSays('127.0.0.1', '::1'))).resolves.toBeInstanceOf(URL);
    }
  });

  it('answers the normalised URL', () => {
    expect(checkWebhookUrl('HTTPS://ERP.Example.IT', closed).href).toBe('https://erp.example.it/');
    expect(checkWebhookUrl('http://0x7f.0.0.1:81/a', closed).href).toBe('http://127.0.0.1:81/a');
  });

  it('refuses what is not an absolute http(s) URL, credentials, and a URL over 2048 characters', () => {
    const invalid = ['not a url', '/relative', 'ftp://files.example.it/', 'file:///etc/passwd', 'javascript:alert(1)'];
    for (const url of [
      ...invalid,
      'https://user:secret@erp.example.it/',
      'https://token@erp.example.it/',
      `https://a.it/${'x'.repeat(2040)}`,
    ]) {
      expect(() => checkWebhookUrl(url, closed)).toThrow(refusedWith('INVALID_WEBHOOK_URL'));
    }
  });

  it('refuses plain http except to loopback', () => {
    for (const url of ['http://erp.example.it/', 'http://8.8.8.8/', 'http://localhost.evil.it/']) {
      expect(() => checkWebhookUrl(url, closed)).toThrow(refusedWith('WEBHOOK_URL_NOT_ALLOWED'));
    }
  });

  it('refuses private, link-local, unspecified, multicast and reserved literals, however they are spelt', () => {
    const literals = [
      'https://10.0.0.1/',
      'https://172.16.5.4/',
      'https://192.168.1.10/',
      'https://169.254.169.254/latest/meta-data',
      'https://0.0.0.0/',
      'https://224.0.0.1/',
      'https://255.255.255.255/',
      'https://100.64.0.1/',
      'https://[fc00::1]/',
      'https://[fd00:ec2::254]/',
      'https://[fe80::1]/',
      'https://[::]/',
      'https://[ff02::1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[::ffff:a9fe:a9fe]/',
      'https://[64:ff9b::192.168.0.1]/',
      'https://0xa9.0xfe.0xa9.0xfe/',
      'https://2852039166/',
      'https://012.0.0.1/',
    ];
    for (const url of literals) expect(() => checkWebhookUrl(url, closed)).toThrow(refusedWith('WEBHOOK_URL_NOT_ALLOWED'));
  });

  it('refuses a name that resolves to an internal address, even one among public ones', async () => {
    for (const addresses of [['10.1.2.3'], ['93.184.216.34', '169.254.169.254'], ['fd00::1'], ['127.0.0.1'], ['::ffff:192.168.1.1']]) {
      await expect(validateWebhookUrl('https://erp.example.it/', closed, dnsSays(...addresses))).rejects.toThrow(
        refusedWith('WEBHOOK_URL_NOT_ALLOWED'),
      );
    }
    await expect(validateWebhookUrl('http://localhost/', closed, dnsSays('127.0.0.1', '10.0.0.5'))).rejects.toThrow(
      refusedWith('WEBHOOK_URL_NOT_ALLOWED'),
    );
  });

  it('refuses a name that does not resolve', async () => {
    await expect(validateWebhookUrl('https://nowhere.invalid/', closed, noDns)).rejects.toThrow(refusedWith('INVALID_WEBHOOK_URL'));
    await expect(validateWebhookUrl('https://empty.example.it/', closed, dnsSays())).rejects.toThrow(refusedWith('INVALID_WEBHOOK_URL'));
  });

  it('with private addresses allowed, accepts them but still never unspecified or multicast ones, nor plain http', async () => {
    await expect(validateWebhookUrl('https://erp.comune.local/', open, dnsSays('10.1.2.3', 'fe80::1'))).resolves.toBeInstanceOf(URL);
    expect(checkWebhookUrl('https://192.168.1.10/', open).hostname).toBe('192.168.1.10');
    for (const url of ['https://0.0.0.0/', 'https://[ff02::1]/', 'http://192.168.1.10/']) {
      expect(() => checkWebhookUrl(url, open)).toThrow(refusedWith('WEBHOOK_URL_NOT_ALLOWED'));
    }
    await expect(validateWebhookUrl('https://erp.comune.local/', open, dnsSays('224.0.0.9'))).rejects.toThrow(
      refusedWith('WEBHOOK_URL_NOT_ALLOWED'),
    );
  });
});
