/**
 * CSV for the signals export (RFC 4180: CRLF rows, fields quoted when they
 * hold a quote, comma or line break). Article text is hostile and analysts
 * open exports in spreadsheets, so a field that a spreadsheet would read as a
 * formula (starting with = + - @ or a tab/CR) is prefixed with an apostrophe.
 */
import type { SignalItem } from './schemas.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const SIGNAL_CSV_COLUMNS = [
  'key', 'type', 'actor', 'country', 'kind', 'target', 'date', 'day', 'severity', 'modality', 'sourcing',
  'quote', 'evidence', 'document', 'title', 'lang', 'outlets', 'confidence',
] as const;

export function signalCsvRow(s: SignalItem): string {
  const values: (string | number | null)[] = [
    s.key, s.type, s.actor.name, s.actor.country, s.actor.kind, s.target, s.date, s.day, s.severity, s.modality, s.sourcing,
    s.quote, s.evidence.map((e) => e.text).join(' … ') || null, s.document, s.title, s.lang, s.outlets, s.confidence,
  ];
  return values.map(csvField).join(',') + '\r\n';
}

export function signalCsvHeader(): string {
  return SIGNAL_CSV_COLUMNS.join(',') + '\r\n';
}
