/**
 * The nuclear context of each sentence (context.ts), read on texts written for this table: which
 * sentences name nuclear weapons themselves ("direct"), which take the context of a sentence next to
 * them ("inherited"), and which stay outside it ("none", "civil").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, fold, type LexiconLang } from '../../lexicon/index.ts';
import { sentenceContexts, type ContextKind, type ContextInput } from './context.ts';
import { loadSignalLexicon } from './lexicons.ts';

/** Paragraphs of sentences → the context kind of each sentence, in order. */
function kinds(lang: LexiconLang, paragraphs: readonly (readonly string[])[]): ContextKind[] {
  const spans: ContextInput[] = [];
  let text = '';
  paragraphs.forEach((sentences, paragraph) => {
    if (paragraph > 0) text += '\n\n';
    sentences.forEach((s, k) => {
      if (k > 0) text += ' ';
      spans.push({ start: text.length, end: text.length + s.length, paragraph, quoted: /[«“"]/.test(s) });
      text += s;
    });
  });
  return sentenceContexts(fold(text), spans, loadSignalLexicon(DEFAULT_DATA_DIR, lang)).map((c) => c.context);
}

/** [language, paragraphs, the context kind each sentence must get]. */
const ROWS: readonly [LexiconLang, readonly (readonly string[])[], readonly ContextKind[]][] = [
  // A sentence naming nuclear weapons is in their context; the sentences after it in its paragraph, and
  // the first of the next paragraph, continue it; a paragraph after one that only continued does not.
  [
    'ru',
    [['Песков заявил, что Россия не собирается применять ядерное оружие.'], ['По его словам, контакты с Вашингтоном продолжаются.', 'Других комментариев не последовало.'], ['В Москве ожидается снег.']],
    ['direct', 'inherited', 'inherited', 'none'],
  ],
  // A story's lead with no nuclear word stays out of context even when the next sentence names the
  // weapons (tried in session 9 on dev, holdout … holdout-8 and seeds: the lead taking the next
  // sentence's context found one act, with the wrong actor, and made one spurious signal).
  [
    'ru',
    [['ТАСС'], ['Стратегические учения «Запад-2025» вооружённых сил России и Белоруссии начались в пятницу, сообщило Минобороны.'], ['В ходе учений будут отработаны вопросы применения нестратегического ядерного оружия.']],
    ['none', 'none', 'direct'],
  ],
  // Inheritance runs out: a chain of sentences naming no weapon carries the context only so far.
  [
    'en',
    [['Putin said Russia could use nuclear weapons.', 'He spoke in Moscow.', 'The weather was cold.', 'Traffic was heavy.', 'Shops were busy.']],
    ['direct', 'inherited', 'inherited', 'inherited', 'none'],
  ],
  // A digest's topic line ("🔹 О рисках ядерной войны:", ending in a colon) is a heading: the entry under it,
  // in the next paragraph, continues the context the line before it had; a colon line of prose is no heading.
  [
    'ru',
    [['Лавров ответил на вопросы о ядерном оружии и стратегической стабильности.'], ['🔹 О рисках войны:'], ['Министр сказал, что Россия будет действовать ответственно.']],
    ['direct', 'inherited', 'inherited'],
  ],
  [
    'ru',
    [['Лавров ответил на вопросы о ядерном оружии и стратегической стабильности.'], ['Министр сказал об этом:'], ['Россия будет действовать ответственно.']],
    ['direct', 'inherited', 'none'],
  ],
  // A nuclear power plant is civil, not weapon context, and passes nothing on.
  [
    'ru',
    [['Эксперты осмотрят энергоблоки атомной станции и систему охлаждения.', 'Проверка продлится неделю.']],
    ['civil', 'none'],
  ],
  // A nuclear word inside a figure of speech (nuclear-figurative.txt: a parliament's "nuclear option", a
  // jury's "nuclear verdict", le 49.3 « arme nucléaire ») makes no context; the literal word beside it does.
  ['en', [['Consumer advocates warn that the push amounts to a nuclear option against the right to a jury trial.']], ['none']],
  ['en', [['So-called nuclear verdicts have become the biggest threat to trucking firms, insurers warned.']], ['none']],
  ['fr', [["Le gouvernement a brandi l'arme nucléaire du 49.3 pour faire passer la réforme."]], ['none']],
  ['en', [['Pakistan said it would not rule out the use of nuclear weapons, calling it the nuclear option.']], ['direct']],
  ['en', [['Medvedev warned that nuclear strikes were possible.']], ['direct']],
];

test('context: direct, inherited within reach, civil and none', () => {
  const failures = ROWS.flatMap(([lang, paragraphs, expected], i) => {
    const got = kinds(lang, paragraphs);
    return JSON.stringify(got) === JSON.stringify(expected) ? [] : [`row ${i}: ${JSON.stringify(got)}, wanted ${JSON.stringify(expected)}`];
  });
  assert.deepEqual(failures, []);
});
