/** How values read on screen: dates, severities, types, counts. */
import { h } from './dom.ts';

const TYPE_LABELS: Readonly<Record<string, string>> = {
  THREAT: 'Threat',
  WARNING: 'Warning',
  REASSURANCE: 'Reassurance',
  CONTACT: 'Contact',
  DOCTRINE: 'Doctrine',
  POSTURE: 'Posture',
  ARMS_CONTROL: 'Arms control',
  ASSESSMENT: 'Assessment',
  ACCUSATION: 'Accusation',
  PLANNING: 'Planning',
  USE: 'Use',
};

export const SEVERITY_MEANING: readonly string[] = [
  'de-escalation',
  'low',
  'warning / accusation',
  'veiled threat',
  'explicit nuclear threat',
  'threat with targets / doctrine change',
  'posture change',
  'operational preparation',
  'test detonation',
  'nuclear use',
];

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** A severity badge whose text is the number and whose title says what the rung means. */
export function severityBadge(severity: number | null): HTMLElement {
  if (severity === null) return h('span', { class: 'muted' }, '–');
  const s = Math.max(0, Math.min(9, Math.round(severity)));
  return h('span', { class: `sev sev-${s}`, title: `severity ${s}: ${SEVERITY_MEANING[s] ?? ''}` }, String(s));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-09-22` → `22 Sep 2022`; `2022-09` → `Sep 2022`; `2022` stays. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** An ISO instant (`2024-11-19T15:04:05.000Z`) → `19 Nov 2024 15:04 UTC`: alerts are raised at a time, in UTC like the store. */
export function formatInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${formatDate(m[1])} ${m[2]} UTC` : iso;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Cuts long hostile text for table cells (the full text is one click away). */
export function clip(text: string, max = 220): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
