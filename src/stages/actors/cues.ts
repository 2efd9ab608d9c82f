/**
 * Phrase sets of the speech and scare-quote files (`speech-verbs.txt`,
 * `scare-quote-markers.txt`): `phrase | kind` lines, phrases in the pattern
 * syntax of the actors stage (words, `a/b`, `x?`, `word*`; no slots),
 * compiled into a small token trie per kind and language.
 */
import { expandPattern, type PatternStep } from './phrases.ts';
import type { Token } from './tokens.ts';
import { FILE_LANGS, readLexicon, type FileLang } from '../../lexicon/index.ts';

interface Node<K> {
  readonly next: Map<string, Node<K>>;
  readonly prefixes: [string, Node<K>][];
  kinds: Set<K> | null;
}

function node<K>(): Node<K> {
  return { next: new Map(), prefixes: [], kinds: null };
}

/** A cue found in a token range: token indexes, `end` exclusive. */
export interface Cue<K> {
  readonly start: number;
  readonly end: number;
  readonly kind: K;
}

export class CueSet<K extends string> {
  private readonly roots = new Map<FileLang, Node<K>>();

  /** Words that start or end some cue (a stem counts as any word): cheap pre-tests. */
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private readonly firstStems: string[] = [];
  private readonly lastStems: string[] = [];

  /** Whether a cue could start at this token (false means surely not). */
  mayStart(t: Token | undefined): boolean {
    return t !== undefined && (this.firstWords.has(t.key) || this.firstStems.some((p) => t.key.startsWith(p)));
  }

  /** Whether a cue could end at this token (false means surely not). */
  mayEnd(t: Token | undefined): boolean {
    return t !== undefined && (this.lastWords.has(t.key) || this.lastStems.some((p) => t.key.startsWith(p)));
  }

  add(lang: FileLang, steps: readonly PatternStep[], kind: K): void {
    const first = steps[0];
    const last = steps[steps.length - 1];
    if (first?.kind === 'word') this.firstWords.add(first.key);
    else if (first?.kind === 'prefix' && !this.firstStems.includes(first.key)) this.firstStems.push(first.key);
    if (last?.kind === 'word') this.lastWords.add(last.key);
    else if (last?.kind === 'prefix' && !this.lastStems.includes(last.key)) this.lastStems.push(last.key);
    let root = this.roots.get(lang);
    if (!root) this.roots.set(lang, (root = node<K>()));
    let at: Node<K> = root;
    for (const step of steps) {
      if (step.kind === 'word') {
        let child: Node<K> | undefined = at.next.get(step.key);
        if (!child) at.next.set(step.key, (child = node<K>()));
        at = child;
      } else if (step.kind === 'prefix') {
        let pair: [string, Node<K>] | undefined = at.prefixes.find(([k]) => k === step.key);
        if (!pair) at.prefixes.push((pair = [step.key, node<K>()]));
        at = pair[1];
      } else {
        throw new Error('slots are not allowed in cue phrases');
      }
    }
    (at.kinds ??= new Set()).add(kind);
  }

  /** Longest cue starting at token `i` and ending by token `limit` (exclusive), or null. */
  at(tokens: readonly Token[], i: number, langs: readonly FileLang[], limit = tokens.length): Cue<K> | null {
    let best: Cue<K> | null = null;
    for (const lang of langs) {
      const root = this.roots.get(lang);
      if (root) best = this.visit(root, tokens, i, i, limit, best);
    }
    return best;
  }

  private visit(n: Node<K>, tokens: readonly Token[], i: number, j: number, limit: number, best: Cue<K> | null): Cue<K> | null {
    if (n.kinds && j > i && (!best || j > best.end)) best = { start: i, end: j, kind: n.kinds.values().next().value as K };
    const t = j < limit ? tokens[j] : undefined;
    if (!t) return best;
    const child = n.next.get(t.key);
    if (child) best = this.visit(child, tokens, i, j + 1, limit, best);
    for (const [prefix, next] of n.prefixes) if (t.key.startsWith(prefix)) best = this.visit(next, tokens, i, j + 1, limit, best);
    return best;
  }

  /** One-word phrases of `kind` in these languages (for quick membership tests). */
  wordsOf(kind: K, langs: readonly FileLang[]): Set<string> {
    const words = new Set<string>();
    for (const lang of langs) {
      for (const [key, child] of this.roots.get(lang)?.next ?? []) if (child.kinds?.has(kind)) words.add(key);
    }
    return words;
  }

  /** Every cue in `tokens`, left to right, not overlapping. */
  all(tokens: readonly Token[], langs: readonly FileLang[]): Cue<K>[] {
    const out: Cue<K>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const cue = this.at(tokens, i, langs);
      if (cue) {
        out.push(cue);
        i = cue.end;
      } else i++;
    }
    return out;
  }

  /** A cue that ends exactly at token index `end` (the words right before a quotation). */
  endingAt(tokens: readonly Token[], end: number, langs: readonly FileLang[], maxWords = 5): Cue<K> | null {
    for (let start = Math.max(0, end - maxWords); start < end; start++) {
      const cue = this.at(tokens, start, langs, end);
      if (cue && cue.end === end) return cue;
    }
    return null;
  }
}

/** Loads `data/<lang>/<kind>.txt` of every language into one set. */
export function loadCueSet<K extends string>(dataDir: string, fileKind: string, kinds: readonly K[]): CueSet<K> {
  const set = new CueSet<K>();
  for (const lang of FILE_LANGS) {
    const entries = readLexicon(dataDir, lang, {
      kind: fileKind,
      minFields: 2,
      maxFields: 2,
      required: lang !== 'uk',
      check: ([phrase, kind]) => {
        if (!(kinds as readonly string[]).includes(kind ?? '')) return `unknown kind "${kind}" (expected ${kinds.join(', ')})`;
        try {
          const seqs = expandPattern(phrase ?? '');
          return seqs.some((s) => s.some((step) => step.kind === 'slot')) ? `slots are not allowed here: "${phrase}"` : null;
        } catch (error) {
          return (error as Error).message;
        }
      },
    });
    for (const e of entries) {
      const [phrase, kind] = e.fields as [string, K];
      for (const steps of expandPattern(phrase)) set.add(lang, steps, kind);
    }
  }
  return set;
}
