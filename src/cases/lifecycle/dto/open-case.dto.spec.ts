import { validateBody } from '../../testing/validate-body';
import { JudicialIntakeDto, SemiSpontaneousIntakeDto, SpontaneousIntakeDto } from './intake.dto';
import { OpenCaseDto } from './open-case.dto';

const familyId = 'fa000000-0000-4000-8000-000000000001';
const minorId = '00000000-0000-4000-8000-00000000000a';
const spontaneous = { kind: 'spontaneous', requesterId: '00000000-0000-4000-8000-00000000000b', reason: 'asks for help' };
const semiSpontaneous = {
  kind: 'semi-spontaneous',
  referrer: { kind: 'school', organisation: 'IC Manzoni', contactPerson: 'prof.ssa Bianchi' },
  reason: 'frequent absences',
};
const judicial = {
  kind: 'judicial',
  authority: 'tribunale-per-i-minorenni',
  proceedingNumber: '123/2026 R.G.',
  decreeDate: '2026-11-02',
  mandates: ['investigation-and-assessment'],
  reportDeadlines: ['2027-02-01'],
};
const body = (intake: unknown, extra: object = {}) => ({ familyId, minorId, intake, ...extra });
const failuresOf = async (b: unknown) => (await validateBody(OpenCaseDto, b)).failures;

describe('POST /cases body', () => {
  it.each([
    ['spontaneous', spontaneous, SpontaneousIntakeDto],
    ['semi-spontaneous', semiSpontaneous, SemiSpontaneousIntakeDto],
    ['judicial', judicial, JudicialIntakeDto],
  ])('accepts a %s intake as the front end sends it, as its own class, keeping kind', async (kind, intake, dto) => {
    const { instance, failures } = await validateBody(OpenCaseDto, body(intake, { occurredAt: '2026-11-03T09:00:00+01:00' }));
    expect(failures).toEqual([]);
    expect(instance.intake).toBeInstanceOf(dto);
    expect(instance.intake.kind).toBe(kind);
  });

  it('refuses an unknown or missing intake kind', async () => {
    expect(await failuresOf(body({ ...spontaneous, kind: 'anonymous' }))).toContain('intake: isKnownIntake');
    const { kind: _kind, ...withoutKind } = spontaneous;
    expect(await failuresOf(body(withoutKind))).toContain('intake: isKnownIntake');
    expect(await failuresOf(body(undefined))).toContain('intake: isNotEmpty');
  });

  it('refuses fields of another intake kind and unknown fields anywhere', async () => {
    expect(await failuresOf(body({ ...spontaneous, referrer: semiSpontaneous.referrer }))).toEqual([
      'intake.referrer: whitelistValidation',
    ]);
    expect(await failuresOf(body(spontaneous, { priority: 'high' }))).toEqual(['priority: whitelistValidation']);
    expect(await failuresOf(body({ ...semiSpontaneous, referrer: { ...semiSpontaneous.referrer, phone: '1' } }))).toEqual([
      'intake.referrer.phone: whitelistValidation',
    ]);
  });

  it('requires uuids for the family, the minor and the requester', async () => {
    expect(await failuresOf({ ...body(spontaneous), familyId: 'fam-1' })).toContain('familyId: isUuid');
    expect(await failuresOf({ ...body(spontaneous), minorId: undefined })).toContain('minorId: isNotEmpty');
    expect(await failuresOf(body({ ...spontaneous, requesterId: 'mum' }))).toContain('intake.requesterId: isUuid');
  });

  it('bounds every string and list', async () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(await failuresOf(body({ ...semiSpontaneous, referrer: { ...semiSpontaneous.referrer, organisation: long(201) } }))).toEqual([
      'intake.referrer.organisation: maxLength',
    ]);
    expect(await failuresOf(body({ ...spontaneous, reason: long(4001) }))).toEqual(['intake.reason: maxLength']);
    expect(await failuresOf(body({ ...judicial, mandates: Array(21).fill('monitoring') }))).toEqual(['intake.mandates: arrayMaxSize']);
    expect(await failuresOf(body({ ...judicial, reportDeadlines: Array(21).fill('2027-02-01') }))).toEqual([
      'intake.reportDeadlines: arrayMaxSize',
    ]);
  });

  it('checks the judicial fields: authority slug, known mandate kinds, calendar dates', async () => {
    expect(await failuresOf(body({ ...judicial, authority: 'tribunale-di-nuova-istituzione' }))).toEqual([]);
    expect(await failuresOf(body({ ...judicial, authority: 'Tribunale per i Minorenni' }))).toEqual(['intake.authority: matches']);
    expect(await failuresOf(body({ ...judicial, mandates: [] }))).toEqual(['intake.mandates: arrayMinSize']);
    expect(await failuresOf(body({ ...judicial, mandates: ['custody'] }))).toEqual(['intake.mandates: isIn']);
    expect(await failuresOf(body({ ...judicial, decreeDate: '02/11/2026' }))).toContain('intake.decreeDate: isIso8601');
    expect(await failuresOf(body({ ...judicial, decreeDate: '2026-11-02T10:00:00Z' }))).toContain('intake.decreeDate: matches');
    expect(await failuresOf(body({ ...judicial, reportDeadlines: ['2027-02-30'] }))).toContain('intake.reportDeadlines: isIso8601');
  });

  it('refuses an occurredAt that is not ISO 8601', async () =>
    expect(await failuresOf(body(spontaneous, { occurredAt: 'yesterday' }))).toEqual(['occurredAt: isIso8601', 'occurredAt: matches']));

  it('refuses an occurredAt without an offset, or in a form Date cannot read', async () => {
    expect(await failuresOf(body(spontaneous, { occurredAt: '2026-11-10T10:00:00' }))).toEqual(['occurredAt: matches']);
    expect(await failuresOf(body(spontaneous, { occurredAt: '20261110T100000Z' }))).toContain('occurredAt: matches');
    expect(await failuresOf(body(spontaneous, { occurredAt: '2026-11-10T10:00:00+01:00' }))).toEqual([]);
  });
});
