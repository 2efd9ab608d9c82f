/**
 * The relevance stage (SIGNALS.md §6 `relevant`): a document is relevant when
 * it reports at least one nuclear signal. The signals decide; a lexical check
 * over the whole document backs them, so that news about civil nuclear power
 * (a plant's safety, reactors, energy) or with only a passing nuclear word is
 * not counted even if a sentence of it looked like a signal.
 */
import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { DEFAULT_DATA_DIR, fold, lexiconLangsFor } from '../signals/lexicon.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../signals/lexicons.ts';

export interface RelevanceOptions {
  /** Where the `<lang>/nuclear-terms.txt` and `<lang>/civil-nuclear.txt` lexicons live. */
  readonly dataDir?: string;
}

/**
 * A signal counts for relevance from this confidence: below it the signal
 * rests on inherited context or a guessed actor, too weak to call the whole
 * document nuclear news on its own.
 */
export const MIN_SIGNAL_CONFIDENCE = 0.3;
/** The document must name nuclear weapons (or a nuclear regime, a dirty bomb) at least this often. */
export const MIN_WEAPON_TERMS = 1;
/**
 * Civil-nuclear words outnumbering weapon words by this factor make the
 * document civil-nuclear news (plant safety reports mention "nuclear weapons"
 * in passing; weapon news rarely names reactors).
 */
export const CIVIL_DOMINANCE_RATIO = 3;

export interface NuclearVocabulary {
  readonly weapon: number;
  readonly civil: number;
  /** Bare "nuclear" words and nuclear-capable systems: weapon vocabulary only where nothing civil is said. */
  readonly other: number;
}

/** Counts weapon and civil nuclear words in a text with one language's lexicons. */
export function countVocabulary(folded: string, lex: SignalLexicon): NuclearVocabulary {
  const kinds = lex.nuclear.matchAll(folded).map((m) => m.value);
  const weapon = kinds.filter((k) => k === 'weapon' || k === 'radiological' || k === 'regime').length;
  const other = kinds.filter((k) => k === 'nuclear' || k === 'system').length;
  return { weapon, civil: lex.civil.matchAll(folded).length, other };
}

export function createRelevance(options: RelevanceOptions = {}): Stage {
  const lexicons = loadAllSignalLexicons(options.dataDir ?? DEFAULT_DATA_DIR);
  return (doc: Doc): Doc => {
    const strong = doc.signals.filter((s) => s.confidence >= MIN_SIGNAL_CONFIDENCE);
    if (strong.length === 0) return { ...doc, relevant: false };
    const folded = fold(`${doc.title ?? ''}\n\n${doc.text}`);
    // An unknown language: count with every lexicon and keep the one that finds most.
    let best: NuclearVocabulary = { weapon: 0, civil: 0, other: 0 };
    for (const lang of lexiconLangsFor(doc.lang)) {
      const counts = countVocabulary(folded, lexicons.get(lang) as SignalLexicon);
      if (counts.weapon + counts.civil + counts.other > best.weapon + best.civil + best.other) best = counts;
    }
    // A signal found in a text that says "nuclear response", "ядерные учения" or "nuclear-capable
    // Yars" but never the exact words "nuclear weapons" is still weapon news, unless the text
    // speaks of civil nuclear power at all.
    const weapon = best.civil === 0 ? best.weapon + best.other : best.weapon;
    const relevant = weapon >= MIN_WEAPON_TERMS && best.civil <= CIVIL_DOMINANCE_RATIO * weapon;
    return { ...doc, relevant };
  };
}

