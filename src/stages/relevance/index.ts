/**
 * The relevance stage (SIGNALS.md §6 `relevant`): a document is relevant when
 * it reports at least one nuclear signal. Two ways lead there. The signals
 * stage found one, and a lexical check over the whole document backs it, so
 * that news about civil nuclear power (a plant's safety, reactors, energy) or
 * with only a passing nuclear word is not counted even if a sentence of it
 * looked like a signal. Or the document is weapon news on its own showing
 * (weapon-news.ts): the signals stage misses acts no cue names, and a story
 * about a test launch or a communiqué is nuclear signalling all the same.
 */
import type { Doc, Span } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { DEFAULT_DATA_DIR, fold, lexiconLangsFor, type LexiconLang } from '../../lexicon/index.ts';
import { channelAuthor } from '../actors/index.ts';
import { THREAT_CAPABLE } from '../signals/fields.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../signals/lexicons.ts';
import { isWeaponNews, literalTerms, measureWeaponNews, WEAPON_KINDS, type WeaponNews } from './weapon-news.ts';

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
  /** Weapons, delivery systems, radiological weapons and nonproliferation regimes. */
  readonly weapon: number;
  /** Civil-nuclear words outside sentences that speak of weapons. */
  readonly civil: number;
  /** Bare "nuclear" words: weapon vocabulary only where nothing civil is said. */
  readonly other: number;
}

/**
 * Counts weapon and civil nuclear words in a text with one language's lexicons. A civil word in
 * a sentence that also names a weapon, a delivery system or a regime is about that weapon or
 * regime ("a missile powered by a nuclear reactor", "suspended its cooperation with the IAEA's
 * inspectors under the NPT"), not civil news. `sentences` are [start, end) spans of `folded`
 * in text order; without them every civil word counts.
 */
export function countVocabulary(
  folded: string,
  lex: SignalLexicon,
  sentences: readonly Span[] = [],
): NuclearVocabulary {
  // Less the figures of speech ("the nuclear option" of a parliament).
  const terms = literalTerms(folded, lex.nuclear, lex.figurative);
  const weapons = terms.filter((m) => WEAPON_KINDS.has(m.value));
  const other = terms.filter((m) => m.value === 'nuclear').length;
  // Sentences holding a weapon term, found in one pass over both sorted lists.
  const armed: Span[] = [];
  let w = 0;
  for (const s of sentences) {
    while (w < weapons.length && (weapons[w] as Span).start < s.start) w++;
    if (w < weapons.length && (weapons[w] as Span).start < s.end) armed.push(s);
  }
  let civil = 0;
  let a = 0;
  for (const c of lex.civil.matchAll(folded)) {
    while (a < armed.length && (armed[a] as Span).end <= c.start) a++;
    const within = a < armed.length && (armed[a] as Span).start <= c.start;
    if (!within) civil++;
  }
  return { weapon: weapons.length, civil, other };
}

/** Whether `folded` names a weapon, a delivery system or a regime at all (figures of speech included). */
function hasWeaponTerm(folded: string, lex: SignalLexicon): boolean {
  return lex.nuclear.matchAll(folded).some((m) => WEAPON_KINDS.has(m.value));
}

export function createRelevance(options: RelevanceOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const lexicons = loadAllSignalLexicons(dataDir);
  return (doc: Doc): Doc => {
    const strong = doc.signals.filter((s) => s.confidence >= MIN_SIGNAL_CONFIDENCE);
    // Without a signal every way to relevance needs a weapon word in the text itself. Most
    // documents have none: they stop here, on the folded text the signals stage searched too
    // (the phrase set keeps its whole-text check for the last text searched).
    const foldedText = fold(doc.text);
    if (strong.length === 0 && !lexiconLangsFor(doc.lang).some((lang) => hasWeaponTerm(foldedText, lexicons.get(lang) as SignalLexicon))) {
      return { ...doc, relevant: false };
    }
    const head = `${doc.title ?? ''}\n\n`;
    const folded = fold(`${head}${doc.text}`);
    const sentences = doc.sentences.map((x) => ({ start: x.start + head.length, end: x.end + head.length }));
    // An unknown language: count with every lexicon and keep the one that finds most.
    let best: NuclearVocabulary = { weapon: 0, civil: 0, other: 0 };
    let bestLang: LexiconLang | null = null;
    for (const lang of lexiconLangsFor(doc.lang)) {
      const counts = countVocabulary(folded, lexicons.get(lang) as SignalLexicon, sentences);
      if (counts.weapon + counts.civil + counts.other > best.weapon + best.civil + best.other) {
        best = counts;
        bestLang = lang;
      }
    }
    const civilDominates = best.civil > CIVIL_DOMINANCE_RATIO * best.weapon;
    if (strong.length > 0) {
      // A signal found in a text that says "nuclear response" or "ядерные учения" but never the
      // exact words "nuclear weapons" is still weapon news, unless the text speaks of civil nuclear
      // power at all.
      const weapon = best.civil === 0 ? best.weapon + best.other : best.weapon;
      // A veiled threat of a nuclear-armed state's official ("мало не покажется", "это не блеф")
      // names no weapon by its nature: with no civil-nuclear word, the threat found on it is enough.
      const veiled =
        best.civil === 0 &&
        strong.some((s) => s.type === 'THREAT' && THREAT_CAPABLE.has((s.actor.country ?? '').toUpperCase())) &&
        lexiconLangsFor(doc.lang).some((lang) => (lexicons.get(lang) as SignalLexicon).cues.matchAll(folded).some((m) => m.value.veiled));
      if ((weapon >= MIN_WEAPON_TERMS || veiled) && best.civil <= CIVIL_DOMINANCE_RATIO * weapon) return { ...doc, relevant: true };
    }
    // No signal to go on (or one the vocabulary does not back): the document's own showing.
    if (bestLang === null || best.weapon < MIN_WEAPON_TERMS || civilDominates) return { ...doc, relevant: false };
    const lex = lexicons.get(bestLang) as SignalLexicon;
    const news: WeaponNews = measureWeaponNews(doc, foldedText, fold(doc.title ?? ''), lex.nuclear, lex.figurative, lex.background, channelAuthor(doc, dataDir));
    return { ...doc, relevant: isWeaponNews(news) };
  };
}
