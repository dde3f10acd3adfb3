import { validateBody } from '../testing/validate-body';
import { CloseCaseDto, ReopenCaseDto } from '../lifecycle/dto/closure.dto';
import { RecordContactDto } from '../assessment/dto/contact.dto';
import { SubmitCourtReportDto } from '../court/dto/court.dto';
import { MakeEmergencyPlacementDto, NotifyEmergencyPlacementDto } from '../placement/dto/emergency-placement.dto';
import { ReceiveJudicialMandateDto } from '../court/dto/judicial-mandate.dto';
import { OrderProtectionMeasureDto } from '../protection/dto/protection-measure.dto';
import { GrantProsieguoDto } from '../lifecycle/dto/prosieguo.dto';
import { AgreeSupportPlanDto, DraftSupportPlanDto } from '../plan/dto/support-plan.dto';
import { AssignTeamMemberDto, ChangeCaseManagerDto, ReleaseTeamMemberDto } from '../team/dto/team.dto';
import { StartAssessmentDto } from '../assessment/dto/assessment.dto';

const failuresOf = async <T extends object>(dto: new () => T, body: unknown) => (await validateBody(dto, body)).failures;

describe('command bodies as the front end sends them', () => {
  it('accepts the documented shapes', async () => {
    const ok: Array<[new () => object, unknown]> = [
      [AssignTeamMemberDto, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }],
      [ChangeCaseManagerDto, { workerId: 'alice' }],
      [ReleaseTeamMemberDto, {}],
      [StartAssessmentDto, { discipline: 'psychological' }],
      [
        RecordContactDto,
        {
          kind: 'home-visit',
          occurredAt: '2026-11-09T16:00:00+01:00',
          participants: ['mother', 'Alice Rossi'],
          entries: [
            { kind: 'fact', text: 'the flat is cold' },
            { kind: 'statement', statedBy: 'mother', text: 'he sleeps badly' },
            { kind: 'evaluation', method: 'observation', text: 'warm bond' },
          ],
        },
      ],
      [MakeEmergencyPlacementDto, { placedAt: '2026-11-08T22:30:00+01:00', placeKind: 'mother-child-community', reason: 'violence' }],
      [NotifyEmergencyPlacementDto, {}],
      [
        ReceiveJudicialMandateDto,
        {
          authority: 'corte-d-appello',
          proceedingNumber: '9/2026',
          decreeDate: '2026-11-02',
          mandates: ['monitoring'],
          reportDeadlines: [],
        },
      ],
      [CloseCaseDto, { reason: 'goals-met' }],
      [ReopenCaseDto, { reason: 'new school report' }],
      [
        GrantProsieguoDto,
        {
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '1/2026',
          decreeDate: '2026-10-01',
          until: '2028-06-30',
          youngPersonConsentedAt: '2026-09-20',
        },
      ],
      [DraftSupportPlanDto, { goals: ['school attendance'], interventions: [{ kind: 'parent-group' }] }],
      [AgreeSupportPlanDto, { consents: [{ name: 'Maria Esposito', role: 'parent', consentedAt: '2026-11-09' }] }],
    ];
    for (const [dto, body] of ok) expect([dto.name, await failuresOf(dto, body)]).toEqual([dto.name, []]);
  });

  it('checks the worker id as a plain subject string, at most 100 characters', async () => {
    expect(await failuresOf(ChangeCaseManagerDto, { workerId: 'alice.rossi@comune.example.it' })).toEqual([]);
    expect(await failuresOf(ChangeCaseManagerDto, { workerId: 'alice rossi' })).toEqual(['workerId: matches']);
    expect(await failuresOf(ChangeCaseManagerDto, { workerId: 'a'.repeat(101) })).toEqual(['workerId: maxLength']);
    expect(await failuresOf(AssignTeamMemberDto, { workerId: 'alice', name: 'Alice', role: 'judge' })).toEqual(['role: isIn']);
  });

  it('refuses a contact without entries, with a statement lacking statedBy, or with too many entries', async () => {
    const contact = { kind: 'call', participants: ['mother'] };
    expect(await failuresOf(RecordContactDto, { ...contact, entries: [] })).toEqual(['entries: arrayMinSize']);
    expect(await failuresOf(RecordContactDto, { ...contact, entries: [{ kind: 'statement', text: 'x' }] })).toContain(
      'entries.0.statedBy: isNotEmpty',
    );
    const many = Array(51).fill({ kind: 'fact', text: 'x' });
    expect(await failuresOf(RecordContactDto, { ...contact, entries: many })).toEqual(['entries: arrayMaxSize']);
    expect(await failuresOf(RecordContactDto, { ...contact, kind: 'email', entries: [{ kind: 'fact', text: 'x' }] })).toEqual([
      'kind: isIn',
    ]);
  });

  it('requires the consent of the parents for a consensual affido only', async () => {
    const order = {
      authority: 'giudice-tutelare',
      decreeNumber: '45/2026',
      decreeDate: '2026-11-05',
      legalBasis: 'l184-art4-consensual-affido',
    };
    expect(await failuresOf(OrderProtectionMeasureDto, order)).toContain('consents: isArray');
    const consent = { name: 'Maria Esposito', role: 'parent', consentedAt: '2026-11-03' };
    expect(await failuresOf(OrderProtectionMeasureDto, { ...order, consents: [consent] })).toEqual([]);
    expect(await failuresOf(OrderProtectionMeasureDto, { ...order, legalBasis: 'art-333-cc' })).toEqual([]);
    expect(await failuresOf(OrderProtectionMeasureDto, { ...order, consents: [{ ...consent, consentedAt: 'ieri' }] })).toContain(
      'consents.0.consentedAt: isIso8601',
    );
  });

  it('checks a court report: revision range, hash, sections', async () => {
    const report = {
      authority: 'tribunale-per-i-minorenni',
      periodFrom: '2026-08-01',
      periodTo: '2026-10-31',
      coveredEvents: { fromRevision: 0, toRevision: 42 },
      headHash: 'ab'.repeat(32),
      sections: [{ kind: 'fact', text: 'x' }],
    };
    expect(await failuresOf(SubmitCourtReportDto, report)).toEqual([]);
    expect(await failuresOf(SubmitCourtReportDto, { ...report, headHash: 'XYZ' })).toEqual(['headHash: matches']);
    expect(await failuresOf(SubmitCourtReportDto, { ...report, coveredEvents: { fromRevision: -1, toRevision: 1.5 } })).toEqual([
      'coveredEvents.fromRevision: min',
      'coveredEvents.toRevision: isInt',
    ]);
    expect(await failuresOf(SubmitCourtReportDto, { ...report, sections: [] })).toEqual(['sections: arrayMinSize']);
  });

  it('refuses unknown fields and an unknown closure reason', async () => {
    expect(await failuresOf(CloseCaseDto, { reason: 'bored' })).toEqual(['reason: isIn']);
    expect(await failuresOf(ReopenCaseDto, { reason: 'x', caseId: 'y' })).toEqual(['caseId: whitelistValidation']);
    expect(await failuresOf(MakeEmergencyPlacementDto, { placedAt: 'tonight', placeKind: 'community', reason: 'x' })).toEqual([
      'placedAt: isIso8601',
      'placedAt: matches',
    ]);
    expect(await failuresOf(MakeEmergencyPlacementDto, { placedAt: '2026-W45-1', placeKind: 'community', reason: 'x' })).toContain(
      'placedAt: matches',
    );
  });
});
