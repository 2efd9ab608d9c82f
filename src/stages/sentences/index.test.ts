import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../document/index.ts';
import { createSentences } from './index.ts';
import { LexiconError } from '../../lexicon/index.ts';
import { pairQuotes } from './quote-marks.ts';

const split = createSentences();

function docOf(text: string, lang: string | null): Doc {
  return { ...createDoc({ source: 't', content: text, format: 'text', meta: {} }), text, lang };
}

function sentences(text: string, lang: string | null = null): string[] {
  return split(docOf(text, lang)).sentences.map((s) => s.text);
}

// [language, text, expected sentences]
const TABLE: [string | null, string, string[]][] = [
  ['fr', 'Il est parti. Elle est restée.', ['Il est parti.', 'Elle est restée.']],
  ['fr', 'M. Poutine a parlé. Mme Zakharova aussi.', ['M. Poutine a parlé.', 'Mme Zakharova aussi.']],
  ['en', 'James M. Acton said so. Then he left.', ['James M. Acton said so.', 'Then he left.']],
  ['en', 'Dr. Kimball spoke to Gen. Milley on Monday.', ['Dr. Kimball spoke to Gen. Milley on Monday.']],
  ['en', 'Inflation was 2.5 percent. Prices rose.', ['Inflation was 2.5 percent.', 'Prices rose.']],
  ['en', 'U.S. officials said it. The Kremlin denied it.', ['U.S. officials said it.', 'The Kremlin denied it.']],
  ['en', 'He met the U.S. State Department envoy.', ['He met the U.S. State Department envoy.']],
  ['en', 'It was sent to the U.S. The answer came later.', ['It was sent to the U.S.', 'The answer came later.']],
  ['en', 'Troops, tanks, etc. The list is long.', ['Troops, tanks, etc.', 'The list is long.']],
  ['en', 'Wait... Nothing happened. Or did it?', ['Wait...', 'Nothing happened.', 'Or did it?']],
  ['fr', 'Menacer avec des armes nucléaires… aux Ukrainiens ? Non.', ['Menacer avec des armes nucléaires… aux Ukrainiens ?', 'Non.']],
  ['fr', '« La Russie a choisi sa voie », a ajouté Medvedev. “Il n’y a pas de retour.”', ['« La Russie a choisi sa voie », a ajouté Medvedev.', '“Il n’y a pas de retour.”']],
  // A quotation the sentence goes on after is not split inside.
  ['fr', '“Ne le faites pas. Ne le faites pas. Ne le faites pas », a déclaré Biden. Il a ri.', ['“Ne le faites pas. Ne le faites pas. Ne le faites pas », a déclaré Biden.', 'Il a ri.']],
  ['en', '"We are ready. We will act," he said. Then silence.', ['"We are ready. We will act," he said.', 'Then silence.']],
  // A quotation that ends the sentence, or never closes, is split as usual.
  ['en', '"We are ready. We will act." Putin spoke.', ['"We are ready.', 'We will act."', 'Putin spoke.']],
  ['fr', '“Il serait calibré. Si vous êtes Poutine, que faites-vous ? Je ne pense pas.', ['“Il serait calibré.', 'Si vous êtes Poutine, que faites-vous ?', 'Je ne pense pas.']],
  ['fr', '« Menacer… aux Ukrainiens ? » Mykhailo Podolyak a tweeté.', ['« Menacer… aux Ukrainiens ? »', 'Mykhailo Podolyak a tweeté.']],
  ['ru', 'Об этом заявил В. Путин. Он добавил, что т.е. всё ясно.', ['Об этом заявил В. Путин.', 'Он добавил, что т.е. всё ясно.']],
  ['ru', 'Это было в 2022 г. Путин тогда молчал.', ['Это было в 2022 г. Путин тогда молчал.']],
  ['ru', 'Это было в 2022 г. В Кремле молчали.', ['Это было в 2022 г.', 'В Кремле молчали.']],
  ['ru', '«Это не блеф. Мы готовы», — сказал Песков. Всё.', ['«Это не блеф. Мы готовы», — сказал Песков.', 'Всё.']],
  // Machine-translation debris: a stop before a lower-case word is no boundary.
  ['fr', 'La communication se déroulait régulièrement. au cours des derniers mois.', ['La communication se déroulait régulièrement. au cours des derniers mois.']],
  // Telegram lines without final stops.
  ['ru', '❗️Песков: переговоров не будет\nКремль не комментирует', ['❗️Песков: переговоров не будет', 'Кремль не комментирует']],
  [null, 'One. Two.', ['One.', 'Two.']],
];

test('sentence splitting: table of hits and misses', () => {
  for (const [lang, text, expected] of TABLE) assert.deepEqual(sentences(text, lang), expected, text);
});

test('offsets are exact UTF-16 slices and paragraphs are numbered', () => {
  const text = 'Premier paragraphe. Deuxième phrase 🚀 ici.\n\nSecond paragraphe.\n\n\n\n  Troisième.  ';
  const out = split(docOf(text, 'fr')).sentences;
  assert.deepEqual(
    out.map((s) => [s.text, s.paragraph]),
    [
      ['Premier paragraphe.', 0],
      ['Deuxième phrase 🚀 ici.', 0],
      ['Second paragraphe.', 1],
      ['Troisième.', 2],
    ],
  );
  for (const s of out) assert.equal(text.slice(s.start, s.end), s.text);
});

test('every seed sentence is an exact slice with no surrounding space', () => {
  for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) {
    const raw = readFileSync(new URL(`../../../../shared/corpus/seeds/${id}.txt`, import.meta.url), 'utf8');
    const text = raw
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n\n');
    const out = split(docOf(text, 'fr')).sentences;
    assert.ok(out.length > 10, id);
    let previous = -1;
    for (const s of out) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.equal(s.text, s.text.trim());
      assert.ok(s.start > previous);
      previous = s.start;
    }
  }
});

test('an empty or blank text has no sentences', () => {
  assert.deepEqual(sentences(''), []);
  assert.deepEqual(sentences('  \n\n \n'), []);
});

// [text, quoted parts (without marks)]
const QUOTES: [string, string[]][] = [
  ['a « b c » d', [' b c ']],
  ['a “b c» d', ['b c']],
  ['a “b “c d” e » f', ['b “c d” e ', 'c d']],
  ['l’arme et l’Ukraine', []],
  ["Russia's 'limited' war", ['limited']],
  ['il dit « pas fini', [' pas fini']],
  ['x », » y', []],
  ['„Nein“, sagte er', ['Nein']],
  ['He said "no" and "yes".', ['no', 'yes']],
  ['the cheapest 70"+ TV of the season', []],
  ['"They cost 1990" he said', ['They cost 1990']],
];

test('quotation marks: pairing table', () => {
  for (const [text, expected] of QUOTES) {
    const got = pairQuotes(text).map((q) => text.slice(q.open + 1, q.close ?? q.end));
    assert.deepEqual(got, expected, text);
  }
});

test('a malformed abbreviations file is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-sent-'));
  for (const lang of ['fr', 'en', 'ru']) {
    mkdirSync(join(dir, lang));
    writeFileSync(join(dir, lang, 'abbreviations.txt'), '# header\nDr.\n');
    writeFileSync(join(dir, lang, 'sentence-starters.txt'), '# header\nthe\n');
  }
  writeFileSync(join(dir, 'en', 'abbreviations.txt'), '# header\nDr.\nMr\nSt. | sometimes\n');
  assert.throws(
    () => createSentences({ dataDir: dir }),
    (e: unknown) =>
      e instanceof LexiconError &&
      e.message.includes('data/en/abbreviations.txt:3') &&
      e.message.includes('data/en/abbreviations.txt:4'),
  );
});
