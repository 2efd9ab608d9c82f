/**
 * The eval report: one line per figure (name, value or n/a, what it is
 * computed from), then optionally one line per document with its own
 * figures. Text for people, JSON for scripts comparing runs.
 */
import { summarise, type DocScore, type Figure } from './score.ts';

export interface EvalReport {
  readonly documents: number;
  readonly failed: number;
  readonly figures: readonly Figure[];
  readonly perDoc: readonly { readonly doc: string; readonly failure: string | null; readonly figures: readonly Figure[] }[];
}

export function buildReport(scores: readonly DocScore[], figures: readonly Figure[], perDoc: boolean): EvalReport {
  return {
    documents: scores.length,
    failed: scores.filter((s) => s.failure !== null).length,
    figures,
    // A document's own figures: the pooled computation over that document alone, applicable ones only.
    perDoc: perDoc ? scores.map((s) => ({ doc: s.doc, failure: s.failure, figures: summarise([s], null).filter((f) => f.value !== null) })) : [],
  };
}

function formatValue(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

export function formatText(report: EvalReport): string {
  const width = Math.max(...report.figures.map((f) => f.name.length)) + 2;
  const lines = [`documents ${report.documents}, failed ${report.failed}`];
  for (const f of report.figures) lines.push(`${f.name.padEnd(width)}${formatValue(f.value).padStart(5)}  ${f.detail}`);
  if (report.perDoc.length > 0) {
    lines.push('', 'per document:');
    for (const d of report.perDoc) {
      const figures = d.figures.map((f) => `${f.name}=${formatValue(f.value)}`).join(' ');
      lines.push(`${d.doc}${d.failure ? `  FAILED(${d.failure})` : ''}  ${figures}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Machine-readable summary: figures as a name → value map, plus the details and per-document figures. */
export function formatJson(report: EvalReport): string {
  const values = (figures: readonly Figure[]): Record<string, number | null> => Object.fromEntries(figures.map((f) => [f.name, f.value]));
  return (
    JSON.stringify({
      documents: report.documents,
      failed: report.failed,
      figures: values(report.figures),
      details: Object.fromEntries(report.figures.map((f) => [f.name, f.detail])),
      ...(report.perDoc.length > 0 ? { perDoc: report.perDoc.map((d) => ({ doc: d.doc, failure: d.failure, figures: values(d.figures) })) } : {}),
    }) + '\n'
  );
}
