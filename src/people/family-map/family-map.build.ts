import { FamilyState } from '../../families/family.state';
import { RelationKind } from '../../families/family.events';

export type FamilyMapNode =
  | { id: string; kind: 'person'; label: string; role: string | null; birthDate: string; subject: boolean }
  | { id: string; kind: 'household'; label: string; current: boolean }
  | { id: string; kind: 'case'; label: string; status: string; current: boolean };

export type FamilyMapEdgeKind = RelationKind | 'member-of' | 'subject-of' | 'sibling-case';

export interface FamilyMapEdge {
  from: string;
  to: string;
  kind: FamilyMapEdgeKind;
  /** member-of: the role in that household; relations: since and degree when known. */
  role?: string;
  since?: string;
  degree?: number;
}

export interface FamilyMap {
  caseId: string;
  familyId: string;
  nodes: FamilyMapNode[];
  edges: FamilyMapEdge[];
}

/** What the map is drawn from: the case's household (stream), and the registry read model around its people. */
export interface FamilyMapSources {
  caseId: string;
  familyId: string;
  minorId: string;
  family: FamilyState;
  /** Current names by person id (corrections in the registry win over the household's copy). */
  names: Map<string, { givenName: string; familyName: string; birthDate: string }>;
  /** Every household of the family's people, this one included. */
  memberships: Array<{ personId: string; familyId: string; role: string; label: string }>;
  /** Every case of the family's people. */
  cases: Array<{ caseId: string; minorId: string; status: string }>;
}

/** Siblings: sibling-of either way, or children of the same parent or step-parent. */
const siblingsOf = (personId: string, family: FamilyState): Set<string> => {
  const current = family.relations.filter((relation) => !relation.endedOn);
  const siblings = new Set<string>();
  for (const r of current.filter((relation) => relation.kind === 'sibling-of')) {
    if (r.fromId === personId) siblings.add(r.toId);
    if (r.toId === personId) siblings.add(r.fromId);
  }
  const parenting = current.filter((relation) => relation.kind === 'parent-of' || relation.kind === 'step-parent-of');
  const parents = parenting.filter((relation) => relation.toId === personId).map((relation) => relation.fromId);
  for (const r of parenting) if (parents.includes(r.fromId) && r.toId !== personId) siblings.add(r.toId);
  return siblings;
};

/**
 * The case's family as a graph a front end draws directly: people, their households and cases as nodes; current
 * relations, memberships and who each case is about as edges; and each sibling's case linked to this one.
 */
export const buildFamilyMap = (sources: FamilyMapSources): FamilyMap => {
  const { caseId, familyId, minorId, family } = sources;
  const nodes: FamilyMapNode[] = [];
  const edges: FamilyMapEdge[] = [];
  for (const member of family.members) {
    const name = sources.names.get(member.id) ?? member;
    nodes.push({
      id: member.id,
      kind: 'person',
      label: `${name.givenName} ${name.familyName}`,
      role: member.role,
      birthDate: name.birthDate,
      subject: member.id === minorId,
    });
  }
  const households = new Map<string, string>();
  for (const membership of sources.memberships) {
    households.set(membership.familyId, membership.label);
    edges.push({ from: membership.personId, to: membership.familyId, kind: 'member-of', role: membership.role });
  }
  for (const [id, label] of households) nodes.push({ id, kind: 'household', label, current: id === familyId });
  for (const relation of family.relations.filter((r) => !r.endedOn)) {
    const { fromId: from, toId: to, kind, since, degree } = relation;
    edges.push({ from, to, kind, ...(since ? { since } : {}), ...(degree ? { degree } : {}) });
  }
  for (const other of sources.cases) {
    nodes.push({ id: other.caseId, kind: 'case', label: `${other.status}`, status: other.status, current: other.caseId === caseId });
    edges.push({ from: other.minorId, to: other.caseId, kind: 'subject-of' });
  }
  const siblings = siblingsOf(minorId, family);
  for (const other of sources.cases.filter((c) => c.caseId !== caseId && siblings.has(c.minorId))) {
    edges.push({ from: caseId, to: other.caseId, kind: 'sibling-case' });
  }
  return { caseId, familyId, nodes, edges };
};
