/** What a page of the case list holds, and how a row of its statement becomes an item. */

export interface CaseListItem {
  caseId: string;
  familyId: string;
  minor: { id: string; givenName: string | null; familyName: string | null; birthDate: string; age: number };
  municipality: { istatCode: string | null; name: string | null };
  status: 'open' | 'closed';
  intakeKind: string;
  referrerKind: string | null;
  openedAt: string;
  closedAt: string | null;
  closureReason: string | null;
  caseManager: string | null;
  team: string[];
  riskLevel: string | null;
  hasOpenProtectionMeasure: boolean;
  /** The soonest deadline not yet met (lapsed or open), if any. */
  nextDeadlineAt: string | null;
  revision: number;
}

/** A page of the case list; next is the cursor of the page after it, null on the last. */
export interface CaseListPage {
  items: CaseListItem[];
  next: string | null;
}

/** A row as the list's statement selects it. */
export type CaseListRow = {
  case_id: string;
  family_id: string;
  minor_id: string;
  minor_given_name: CaseListItem['minor']['givenName'];
  minor_family_name: CaseListItem['minor']['familyName'];
  birth_date_text: CaseListItem['minor']['birthDate'];
  age_years: CaseListItem['minor']['age'];
  municipality_istat: CaseListItem['municipality']['istatCode'];
  municipality_name: CaseListItem['municipality']['name'];
  status: CaseListItem['status'];
  intake_kind: CaseListItem['intakeKind'];
  referrer_kind: CaseListItem['referrerKind'];
  opened_at: Date;
  closed_at: Date | null;
  closure_reason: CaseListItem['closureReason'];
  case_manager: CaseListItem['caseManager'];
  team: CaseListItem['team'];
  risk_level: CaseListItem['riskLevel'];
  open_measures: unknown[];
  next_due: Date | null;
  revision: string;
};

export const toItem = (row: CaseListRow): CaseListItem => ({
  caseId: row.case_id,
  familyId: row.family_id,
  minor: {
    id: row.minor_id,
    givenName: row.minor_given_name,
    familyName: row.minor_family_name,
    birthDate: row.birth_date_text,
    age: row.age_years,
  },
  municipality: { istatCode: row.municipality_istat, name: row.municipality_name },
  status: row.status,
  intakeKind: row.intake_kind,
  referrerKind: row.referrer_kind,
  openedAt: new Date(row.opened_at).toISOString(),
  closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
  closureReason: row.closure_reason,
  caseManager: row.case_manager,
  team: row.team,
  riskLevel: row.risk_level,
  hasOpenProtectionMeasure: row.open_measures.length > 0,
  nextDeadlineAt: row.next_due ? new Date(row.next_due).toISOString() : null,
  revision: Number(row.revision),
});
