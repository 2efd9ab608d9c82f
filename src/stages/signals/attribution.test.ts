import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, fold } from '../../lexicon/index.ts';
import { isInvertedSpeaker } from './attribution.ts';
import { loadAllSignalLexicons, type SignalLexicon } from './lexicons.ts';

const lexicons = loadAllSignalLexicons(DEFAULT_DATA_DIR);

/**
 * [language, sentence, the mention asked about, is it a speaker placed after its reporting verb?]
 * A phrase of circumstance (medium, interview, occasion) opened right after the reporting verb, or
 * right after a speaker the verb came before, does not count as words of the clause.
 */
const INVERSIONS: readonly [string, string, string, boolean][] = [
  ['ru', 'Москва ответит зеркально, заявил в интервью РИА Новости заместитель министра Сергей Рябков.', 'Сергей Рябков', true],
  ['ru', 'Россия не будет первой применять ядерное оружие, заявил президент Владимир Путин на совещании с постоянными членами Совбеза.', 'Владимир Путин', true],
  ['ru', 'Москва ответит зеркально, заявил Рябков в интервью РИА Новости.', 'Рябков', true],
  ['fr', 'La Russie ne reprendra pas les essais, a déclaré dans un entretien au Monde le ministre Sergueï Lavrov.', 'Sergueï Lavrov', true],
  ['fr', "La Russie ne reprendra pas les essais, a déclaré Sergueï Lavrov lors d'une conférence de presse à Moscou.", 'Sergueï Lavrov', true],
  ['fr', 'La Russie ne reprendra pas les essais, a déclaré en visite à Washington le ministre Sergueï Lavrov.', 'Sergueï Lavrov', true],
  ['en', 'Russia will not resume tests, said Dmitry Peskov at a news conference with foreign journalists.', 'Dmitry Peskov', true],
  ['en', "Russia will not resume tests, Russia's deputy foreign minister Sergei Ryabkov told RIA Novosti in an interview.", 'Sergei Ryabkov', true],
  // The phrase must follow the verb: one after the speaker opens the words after it.
  ['ru', 'Москва ответит зеркально, заявил Рябков в ответ на вопрос о планах Вашингтона.', 'Вашингтона', false],
  // Without a verb before it, a name followed by a phrase of circumstance is the subject of its own clause.
  ['en', 'The United States tested a missile, and Russia in response to the test announced new drills near the border.', 'Russia', false],
  ['fr', "Les États-Unis ont testé un missile, et la Russie lors d'un exercice a annoncé de nouvelles manœuvres près de la frontière.", 'Russie', false],
  // Words that are not a phrase of circumstance still count.
  ['ru', 'Москва ответит зеркально, заявил вчера вечером глава комитета по обороне Госдумы Андрей Картаполов.', 'Андрей Картаполов', false],
];

test('inverted speakers: phrases of circumstance are not counted', () => {
  for (const [lang, text, name, expected] of INVERSIONS) {
    const lex = lexicons.get(lang as 'en') as SignalLexicon;
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    const got = isInvertedSpeaker(
      text,
      fold(text),
      { start: 0, end: text.length },
      { start, end: start + name.length },
      lex.complementizers,
      lex.subordinators,
      lex.reporting,
      lex.circumstances,
    );
    assert.equal(got, expected, `${lang} "${text}" → ${name}`);
  }
});
