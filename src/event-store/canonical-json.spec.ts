import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('is the same for objects that differ only in key order or undefined fields', () => {
    expect(canonicalJson({ x: 'è', y: undefined, z: 2 })).toBe(canonicalJson({ z: 2, x: 'è' }));
  });
});
