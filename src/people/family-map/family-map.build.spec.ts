import { FamilyState } from '../../families/family.state';
import { buildFamilyMap } from './family-map.build';

const person = (id: string, givenName: string, role: 'minor' | 'parent', birthDate: string) => ({
  id,
  personId: id,
  givenName,
  familyName: 'Rinaldi',
  birthDate,
  sex: 'F' as const,
  role,
});

const family: FamilyState = {
  exists: true,
  familyId: 'home-mother',
  members: [
    person('sara', 'Sara', 'minor', '2014-05-01'),
    person('leo', 'Leo', 'minor', '2011-02-01'),
    person('eva', 'Eva', 'parent', '1984-01-01'),
  ],
  relations: [
    { relationId: 'r1', kind: 'parent-of', fromId: 'eva', toId: 'sara' },
    { relationId: 'r2', kind: 'parent-of', fromId: 'eva', toId: 'leo', since: '2011-02-01' },
    { relationId: 'r3', kind: 'lives-with', fromId: 'eva', toId: 'sara', endedOn: '2020-01-01' },
  ],
};

const map = buildFamilyMap({
  caseId: 'case-sara',
  familyId: 'home-mother',
  minorId: 'sara',
  family,
  names: new Map([['eva', { givenName: 'Eva', familyName: 'Rinaldi Neri', birthDate: '1984-01-01' }]]),
  memberships: [
    { personId: 'sara', familyId: 'home-mother', role: 'minor', label: 'Forlì, Via Roma 1' },
    { personId: 'sara', familyId: 'home-father', role: 'minor', label: 'Cesena, Via Emilia 5' },
    { personId: 'eva', familyId: 'home-mother', role: 'parent', label: 'Forlì, Via Roma 1' },
  ],
  cases: [
    { caseId: 'case-sara', minorId: 'sara', status: 'open' },
    { caseId: 'case-leo', minorId: 'leo', status: 'open' },
  ],
});

describe('the family map', () => {
  it('has a node for every person, household and case, the subject and this household marked', () => {
    expect(map.nodes.filter((n) => n.kind === 'person').map((n) => n.id)).toEqual(['sara', 'leo', 'eva']);
    expect(map.nodes).toContainEqual(expect.objectContaining({ id: 'sara', subject: true }));
    expect(map.nodes).toContainEqual({ id: 'home-mother', kind: 'household', label: 'Forlì, Via Roma 1', current: true });
    expect(map.nodes).toContainEqual({ id: 'home-father', kind: 'household', label: 'Cesena, Via Emilia 5', current: false });
    expect(map.nodes).toContainEqual(expect.objectContaining({ id: 'case-leo', kind: 'case', current: false }));
  });

  it('names people as the registry now knows them', () => {
    expect(map.nodes).toContainEqual(expect.objectContaining({ id: 'eva', label: 'Eva Rinaldi Neri' }));
  });

  it('draws current relations only, memberships in both homes, and who each case is about', () => {
    expect(map.edges).toContainEqual({ from: 'eva', to: 'leo', kind: 'parent-of', since: '2011-02-01' });
    expect(map.edges.some((e) => e.kind === 'lives-with')).toBe(false);
    expect(map.edges).toContainEqual({ from: 'sara', to: 'home-father', kind: 'member-of', role: 'minor' });
    expect(map.edges).toContainEqual({ from: 'leo', to: 'case-leo', kind: 'subject-of' });
  });

  it("links a sibling's case, found through their common parent", () => {
    expect(map.edges).toContainEqual({ from: 'case-sara', to: 'case-leo', kind: 'sibling-case' });
  });
});
