/**
 * Experimental variants of the learned model's part in the signal stage,
 * measured by unseen.ts: the veto, RE-TYPING a rule signal whose type the
 * model finds unlikely when it is sure of another, and DETECTING a signal on
 * a sentence the rules left empty, each with its options. Not used by the
 * pipeline: re-typing was left out and detection landed as detect.ts
 * (test/dev-corpus/EXPERIMENTS.md, session 9, helper M9).
 */
import type { Doc, Signal, SignalType } from '../../../document/index.ts';
import { BASE_SEVERITY } from '../fields.ts';
import type { SignalModel } from './model.ts';
import { withoutUnlikelyTypes, VETO_TYPE_PROBABILITY } from './veto.ts';

export interface AssistOptions {
  readonly veto?: number;
  /** Re-type when the model gives the rule's type under `below` and its own top at least `top`. null: no re-typing. */
  readonly retype?: { readonly below: number; readonly top: number; readonly nuclearOnly?: boolean } | null;
  /** Detect on empty sentences at detection p >= `p` and top type p >= `typeP`. null: no detection. */
  readonly detect?: { readonly p: number; readonly typeP: number; readonly quoteOnly?: boolean; readonly window?: number; readonly officialOnly?: boolean; readonly dedupe?: boolean } | null;
  /** Sentence indexes that name nuclear weapons (computed by the caller), or null for "the doc has a rule signal". */
  readonly nuclear?: ReadonlySet<number> | null;
}

/** As detect.ts: under the relevance stage's signal floor. */
const DETECTED_CONFIDENCE = 0.2;

function sentenceIndexesOf(doc: Doc, s: Signal): number[] {
  const out: number[] = [];
  doc.sentences.forEach((x, i) => {
    if (s.evidence.some((e) => e.start < x.end && e.end > x.start)) out.push(i);
  });
  return out;
}

export function assistSignals(signals: readonly Signal[], doc: Doc, model: SignalModel, o: AssistOptions = {}): Signal[] {
  let out = withoutUnlikelyTypes(signals, model, o.veto ?? VETO_TYPE_PROBABILITY);
  const nuclear = o.nuclear ?? null;
  if (o.retype) {
    const r = o.retype;
    out = out.map((s) => {
      const idx = sentenceIndexesOf(doc, s);
      const first = idx[0];
      if (first === undefined) return s;
      if (r.nuclearOnly && nuclear && !idx.some((i) => nuclear.has(i))) return s;
      const { ranked } = model.typeOf(doc.sentences[first]!.text);
      const top = ranked[0]!;
      const own = ranked.find((x) => x.type === s.type)?.p ?? 0;
      if (top.type === s.type || own >= r.below || top.p < r.top) return s;
      return { ...s, type: top.type, severity: BASE_SEVERITY[top.type] };
    });
    const seen = new Set<string>();
    out = out.filter((s) => {
      const key = `${s.type}|${s.actor.name}|${s.evidence[0]?.start ?? -1}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (o.detect) {
    const d = o.detect;
    if (!nuclear && signals.length === 0) return out;
    const covered = new Set<number>();
    for (const s of signals) for (const i of sentenceIndexesOf(doc, s)) covered.add(i);
    const added: Signal[] = [];
    doc.sentences.forEach((sentence, i) => {
      if (covered.has(i)) return;
      if (nuclear) {
        const w = d.window ?? 0;
        let near = false;
        for (let j = i - w; j <= i + w; j++) if (nuclear.has(j)) near = true;
        if (!near) return;
      }
      const p = model.detect(sentence.text);
      if (p < d.p) return;
      const top = model.typeOf(sentence.text).ranked[0]!;
      if (top.p < d.typeP) return;
      const quote = doc.quotes.find((q) => q.sentence === i && q.speaker !== null);
      let actor = quote?.speaker ?? null;
      if (actor && d.officialOnly && actor.kind !== 'official') actor = null;
      if (!actor && !d.quoteOnly) {
        const m = doc.mentions.find((x) => x.sentence === i && (x.actor.kind === 'official' || x.via === 'state'));
        actor = m?.actor ?? null;
      }
      if (!actor) return;
      const type: SignalType = top.type;
      if (d.dedupe && [...out, ...added].some((s) => s.type === type && s.actor.name === actor!.name)) return;
      added.push({
        type,
        actor,
        target: null,
        date: doc.published?.date ?? null,
        severity: BASE_SEVERITY[type],
        modality: 'public',
        sourcing: quote ? 'on_record' : 'reported',
        quote: quote?.text ?? null,
        evidence: [{ start: sentence.start, end: sentence.end, text: sentence.text }],
        confidence: DETECTED_CONFIDENCE,
      });
    });
    out = [...out, ...added];
  }
  return out;
}
