import { ExportedEvent } from '../audit-trail.types';
import { romeDateTime, shortHash, streamLabel } from './pdf-format';
import { Table } from './pdf-table';
import { STYLES } from './pdf-text';

/** Shown in the header of every page, so they are not repeated in each row's summary. */
const KEYS_IN_HEADER = new Set(['caseId', 'familyId']);
/** Narrative entries are printed in full in their sections. */
const NARRATIVE_KEYS = new Set(['entries', 'entry', 'sections']);
const NARRATIVE_POINTER = 'vedi le sezioni Fatti, Dichiarazioni e Valutazioni';
/** The summary is cut before wrapping: a huge payload costs no more than a small one. */
const SUMMARY_CHARS = 400;

export const EVENTS_TABLE: Table = {
  columns: [
    { title: 'Rev.', share: 34 },
    { title: 'Flusso', share: 48 },
    { title: 'Tipo', share: 112, maxLines: 2 },
    { title: 'Data del fatto', share: 60 },
    { title: 'Data di registrazione', share: 64 },
    { title: 'Autore', share: 110, maxLines: 3 },
    { title: 'Contenuto (sintesi)', share: 250, maxLines: 3 },
    { title: 'Hash (SHA-256)', share: 86 },
  ],
  showHeader: true,
  style: STYLES.cell,
  padding: 2.5,
  ruled: true,
};

const shown = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/** "key: value · key: value", the narrative fields only named: enough for the judge to place the event. */
export const dataSummary = (data: unknown): string => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return shown(data).slice(0, SUMMARY_CHARS);
  const parts: string[] = [];
  let length = 0;
  for (const [key, value] of Object.entries(data)) {
    if (KEYS_IN_HEADER.has(key)) continue;
    const part = `${key}: ${NARRATIVE_KEYS.has(key) ? NARRATIVE_POINTER : shown(value).slice(0, SUMMARY_CHARS)}`;
    parts.push(part);
    length += part.length;
    if (length > SUMMARY_CHARS) break;
  }
  return parts.join(' · ').slice(0, SUMMARY_CHARS);
};

export const eventCells = (event: ExportedEvent): string[] => {
  const { metadata } = event;
  return [
    String(event.revision),
    streamLabel(event.stream),
    event.type,
    romeDateTime(metadata.occurredAt),
    romeDateTime(metadata.recordedAt),
    `${metadata.actor.id} (${metadata.actor.role})`,
    dataSummary(event.data),
    shortHash(metadata.hash),
  ];
};

/** The event id and full hash in small print under the row: what an expert compares with the JSON bundle. */
export const eventNote = (event: ExportedEvent): string => `id evento ${event.id} · hash ${event.metadata.hash}`;
