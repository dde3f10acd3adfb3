import { StateCache } from './state-cache';

describe('the state cache', () => {
  it('evicts the least recently used entry beyond its entry bound', () => {
    const cache = new StateCache<string>(2, 1000);
    cache.set('a', 'A', 10);
    cache.set('b', 'B', 10);
    expect(cache.get('a')).toBe('A'); // a is now the younger
    cache.set('c', 'C', 10);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toEqual({ entries: 2, bytes: 20 });
  });

  it('evicts the oldest entries beyond its byte bound, and never keeps what alone exceeds it', () => {
    const cache = new StateCache<string>(100, 100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    cache.set('c', 'C', 40);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 2, bytes: 80 });
    cache.set('huge', 'H', 101);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size.bytes).toBe(80);
  });

  it('replaces an entry without counting it twice, and keeps nothing when sized zero', () => {
    const cache = new StateCache<string>(10, 100);
    cache.set('a', 'A', 30);
    cache.set('a', 'A2', 50);
    expect(cache.size).toEqual({ entries: 1, bytes: 50 });
    const off = new StateCache<string>(0, 100);
    off.set('a', 'A', 1);
    expect(off.get('a')).toBeUndefined();
  });
});
