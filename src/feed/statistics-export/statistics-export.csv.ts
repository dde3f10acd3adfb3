import { UTF8_BOM, csvRow } from '../../common/csv';
import { StatisticsExportMinorView } from './dto/statistics-export.view';

/** One row per minor; a list-valued column is `;`-joined items `kind@date`, or `kind@start/end` once it ended. */
export const CSV_HEADER = [
  'pseudonym',
  'birth_month',
  'municipality_istat',
  'intake_kinds',
  'referrer_kinds',
  'authority_kinds',
  'assessments',
  'interventions',
  'protection_measures',
  'emergency_placements',
  'closures',
];

const dated = (kind: string, on: string, endedOn: string | null = null): string => `${kind}@${on}${endedOn ? `/${endedOn}` : ''}`;
const list = (items: string[]): string => items.join(';');

const cellsOf = (minor: StatisticsExportMinorView): string[] => [
  minor.pseudonym,
  minor.birthMonth,
  minor.municipalityIstat ?? '',
  list(minor.intakes.map((intake) => dated(intake.kind, intake.openedOn))),
  list(minor.intakes.flatMap((intake) => (intake.referrerKind ? [dated(intake.referrerKind, intake.openedOn)] : []))),
  list(minor.intakes.flatMap((intake) => (intake.authorityKind ? [dated(intake.authorityKind, intake.openedOn)] : []))),
  list(minor.assessments.map((assessment) => dated(assessment.riskLevel, assessment.completedMonth))),
  list(minor.interventions.map((intervention) => dated(intervention.kind, intervention.startedOn, intervention.endedOn))),
  list(minor.protectionMeasures.map((measure) => dated(measure.kind, measure.orderedOn, measure.endedOn))),
  list(minor.emergencyPlacements.map((placement) => dated(placement.placeKind, placement.placedOn, placement.endedOn))),
  list(minor.closures.map((closure) => dated(closure.reason, closure.month))),
];

/** RFC 4180 with CRLF, UTF-8 with a BOM so spreadsheets read it as UTF-8. */
export const statisticsExportCsv = (minors: StatisticsExportMinorView[]): string =>
  `${UTF8_BOM}${csvRow(CSV_HEADER)}${minors.map((minor) => csvRow(cellsOf(minor))).join('')}`;

export const CSV_EXAMPLE =
  `${CSV_HEADER.join(',')}\r\n` +
  '3f1c…,2016-03,015146,semi-spontaneous@2026-01-12,school@2026-01-12,,high@2026-02,' +
  'home-educational-support@2026-02-01/2026-05-31;day-centre@2026-03-01,foster-care@2026-03-05,,goals-met@2026-06\r\n';
