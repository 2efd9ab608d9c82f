import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../pipeline/stage.ts';
import { DEFAULT_DATA_DIR, FURNITURE_LANGUAGES, FurnitureMatcher, loadFurniture, parseFurniture } from './furniture.ts';

test('every furniture file parses, opens with a header comment and has no duplicate entry in a section', () => {
  for (const lang of FURNITURE_LANGUAGES) {
    const file = join(DEFAULT_DATA_DIR, lang, 'furniture.txt');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# .*furniture/i, `${file} starts with a header comment`);
    const entries = parseFurniture(text, file);
    assert.ok(entries.length >= 50, `${file} has ${entries.length} entries`);
    const seen = new Map<string, number>();
    for (const e of entries) {
      const key = `${e.reason} ${e.mode} ${e.key}`;
      assert.ok(!seen.has(key), `${file}:${e.line} repeats line ${seen.get(key)}: ${e.text}`);
      seen.set(key, e.line);
      // A word mixing Latin and Cyrillic letters is a typo that can never match real text.
      for (const word of e.text.split(/[\s-]+/)) {
        assert.ok(!(/\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word)), `${file}:${e.line} mixes scripts: ${word}`);
      }
    }
    for (const reason of ['share-buttons', 'advertising', 'read-also', 'image-credit', 'newsletter', 'comment-form']) {
      assert.ok(
        entries.some((e) => e.reason === reason),
        `${file} covers ${reason}`,
      );
    }
  }
});

// Ordinary sentences of news prose, per language: no furniture entry may match them.
const PROSE: Record<string, string[]> = {
  fr: [
    'Le porte-parole du Kremlin a refusé de commenter le rapport lors de son briefing quotidien.',
    'Les responsables américains disent n’avoir vu aucune preuve que la Russie déplace des armes nucléaires.',
    'Il a partagé ses inquiétudes avec ses homologues européens lors du sommet de Bruxelles.',
  ],
  en: [
    'The official said Washington continued to monitor Russian forces closely.',
    'Russia has repeatedly claimed, without evidence, that Ukraine was preparing a dirty bomb.',
    'He shared his concerns with European counterparts at the summit in Brussels.',
  ],
  ru: [
    'Пресс-секретарь президента Дмитрий Песков отказался комментировать эти сообщения.',
    'Министерство иностранных дел опубликовало заявление о недопустимости ядерной войны.',
  ],
  uk: [
    'Президент України заявив, що світ не повинен піддаватися ядерному шантажу.',
    'Міністерство закордонних справ поділилося деталями переговорів із партнерами.',
  ],
  de: [
    'Der Kanzler betonte, Deutschland werde die Ukraine weiter unterstützen.',
    'Die Regierung teilte am Montag mit, sie sehe keine Anzeichen für eine Verlegung von Atomwaffen.',
  ],
  es: [
    'El secretario general advirtió a Rusia de que cualquier uso de armas nucleares tendría consecuencias.',
    'La Alianza celebrará la próxima semana sus maniobras anuales, según confirmó el propio portavoz.',
  ],
};

test('no furniture entry matches ordinary news prose', () => {
  const matcher = new FurnitureMatcher(loadFurniture());
  for (const [lang, sentences] of Object.entries(PROSE)) {
    for (const s of sentences) {
      const hit = matcher.match(s);
      assert.equal(hit, null, `${lang}: "${s}" matched ${hit?.entry.file}:${hit?.entry.line} (${hit?.entry.text})`);
    }
  }
});

// [file text, expected message fragment]: malformed files are rejected with file and line.
const BAD: [string, RegExp][] = [
  ['Facebook\n', /x\.txt:1: entry "Facebook" before any \[reason mode\] section header/],
  ['[share-buttons]\nFacebook\n', /x\.txt:1: bad section header/],
  ['[likes line]\nFacebook\n', /x\.txt:1: unknown reason "likes"/],
  ['[share-buttons word]\nFacebook\n', /x\.txt:1: unknown mode "word"/],
  ['# header\n[advertising line max=2]\nSuite après la publicité\n', /x\.txt:3: .* longer than the section's max=2 words/],
  ['[advertising line]\n---\n', /x\.txt:2: entry "---" has no letters or digits/],
];

test('malformed furniture files fail with a ConfigError naming file and line', () => {
  for (const [text, message] of BAD) {
    assert.throws(() => parseFurniture(text, 'x.txt'), (e: unknown) => e instanceof ConfigError && message.test(e.message), text);
  }
  assert.throws(() => loadFurniture(['xx'], DEFAULT_DATA_DIR), /cannot read furniture lexicon .*xx/);
});

// [mode section, entry, line, matches?]: the three match modes.
const MODES: [string, string, string, boolean][] = [
  ['[share-buttons line]', 'Facebook', 'FACEBOOK', true],
  ['[share-buttons line]', 'Facebook', 'Facebook.', true],
  ['[share-buttons line]', 'Facebook', 'Facebook said so', false],
  ['[read-also prefix]', 'Lire aussi', 'Lire aussi : la suite', true],
  ['[read-also prefix]', 'Lire aussi', 'A lire aussi', false],
  ['[read-also prefix]', 'Read more', 'Read moreover', false],
  ['[read-also prefix]', 'Related:', 'Related: the story', true],
  ['[read-also prefix]', 'Related:', 'Related to the story', false],
  ['[advertising line]', 'Publicité', 'PUBLICITE', true],
  ['[newsletter phrase max=5]', 'abonnez-vous', 'Vite, abonnez-vous ici', true],
  ['[newsletter phrase max=5]', 'abonnez-vous', 'Nous vous disons : abonnez-vous à la chaîne si vous voulez', false],
  ['[newsletter phrase]', 'notre newsletter', 'votre newsletter', false],
];

test('line, prefix and phrase matching', () => {
  for (const [section, entry, line, expected] of MODES) {
    const matcher = new FurnitureMatcher(parseFurniture(`${section}\n${entry}\n`, 't.txt'));
    assert.equal(matcher.match(line) !== null, expected, `${section} ${entry} vs ${line}`);
  }
});
