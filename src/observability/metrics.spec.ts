import { streamCategory } from './metrics';

describe('metric labels', () => {
  it('names a stream by its category, never its id', () => {
    expect(streamCategory('case-0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('case');
    expect(streamCategory('family-0f8fad5b')).toBe('family');
    expect(streamCategory('Weird Stream')).toBe('other');
    expect(streamCategory('')).toBe('other');
  });
});
