import { createPool } from './pool';
import { projectionPoolFor } from './projection-pool';

const URL = 'postgres://nobody@127.0.0.1:1/none';

describe('the projection workers pool', () => {
  it('is its own on a server, of the size configured', async () => {
    const requests = createPool(URL, 10);
    const workers = projectionPoolFor(requests, URL, 4);
    expect(workers).not.toBe(requests);
    expect(workers.options.max).toBe(4);
    await Promise.all([requests.end(), workers.end()]);
  });

  it('is the one connection of a database that takes one (embedded PGlite)', async () => {
    const requests = createPool(URL, 1);
    expect(projectionPoolFor(requests, URL, 4)).toBe(requests);
    await requests.end();
  });
});
