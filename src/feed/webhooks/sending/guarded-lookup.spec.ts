import { LookupAddress } from 'node:dns';
import { guardedLookup } from './guarded-lookup';

const answering =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

const lookUp = (lookup: ReturnType<typeof guardedLookup>, hostname: string, all: boolean) =>
  new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) =>
    lookup(hostname, { all }, (error, address) => resolve({ error, address })),
  );

describe('the sender’s DNS lookup (rebinding guard)', () => {
  it('connects to the addresses it checked', async () => {
    const lookup = guardedLookup({ allowPrivate: false }, answering('93.184.216.34', '2606:2800:220:1::1'));
    expect(await lookUp(lookup, 'erp.example.it', false)).toEqual({ error: null, address: '93.184.216.34' });
    expect((await lookUp(lookup, 'erp.example.it', true)).address).toHaveLength(2);
  });

  it('refuses a name that now answers an internal address', async () => {
    const lookup = guardedLookup({ allowPrivate: false }, answering('93.184.216.34', '10.0.0.7'));
    const { error } = await lookUp(lookup, 'erp.example.it', true);
    expect(error).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED', message: expect.stringContaining('10.0.0.7') });
  });

  it('passes DNS failures on', async () => {
    const failing = guardedLookup({ allowPrivate: false }, () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' })));
    expect((await lookUp(failing, 'nowhere.invalid', false)).error).toMatchObject({ code: 'ENOTFOUND' });
  });
});
