/**
 * Test support for the signals rule tables (act-classes, verb-classes, generalisation, telegram,
 * ukrainian): each row is a short text run through the whole pipeline, with the signals it must
 * give and those it must not. Every row is checked before a test fails, so one run shows all that
 * is wrong. Not used by the pipeline.
 */
import type { Signal } from '../../document/index.ts';
import { createPipeline, type Pipeline } from '../../pipeline/index.ts';

let shared: Pipeline | null = null;

/**
 * A row's signals: its text run through the whole pipeline as a plain-text document of `lang`
 * published on `published` (ISO day), which anchors the row's relative dates. One pipeline serves
 * every table of a test process: its lexicons load once.
 */
export function signalsOf(lang: string, text: string, published: string): readonly Signal[] {
  // The rules alone: the learned model's veto (model/veto.ts) and the floor of reported confidence
  // (index.test.ts) are tested with their own figures.
  shared ??= createPipeline({ signals: { model: null, minConfidence: 0 } });
  return shared.run({ source: 'rule-table', content: text, format: 'text', meta: { lang, published } }).signals;
}

/** A signal a row must give: its type and actor, and its severity and target when the row says. */
export interface Expected {
  readonly type: string;
  readonly actor: string;
  readonly severity?: number;
  readonly target?: string | null;
}

/** One signal on one line, for failure messages. */
export function describe(s: Signal): string {
  return `${s.type} ${s.actor.name} sev ${s.severity} → ${s.target}`;
}

/**
 * What is wrong with a text's signals: an expected signal missing (or with another severity or
 * target), or an unwanted one found — "TYPE" not at all, "TYPE by Actor" not for that actor.
 */
export function hitFailures(label: string, out: readonly Signal[], expected: readonly Expected[], absent: readonly string[]): string[] {
  const failures: string[] = [];
  const context = `${label} gave [${out.map(describe).join('; ')}]`;
  for (const e of expected) {
    const hit = out.find((s) => s.type === e.type && s.actor.name === e.actor);
    if (!hit) failures.push(`no ${e.type} by ${e.actor}: ${context}`);
    else if (e.severity !== undefined && hit.severity !== e.severity) failures.push(`severity ${e.severity} wanted: ${context}`);
    else if (e.target !== undefined && hit.target !== e.target) failures.push(`target ${e.target} wanted: ${context}`);
  }
  for (const unwanted of absent) {
    const [type, actor] = unwanted.split(' by ');
    if (out.some((s) => s.type === type && (actor === undefined || s.actor.name === actor))) failures.push(`no ${unwanted} wanted: ${context}`);
  }
  return failures;
}
