import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR } from './file.ts';
import { fold } from './fold.ts';
import { phraseSource, PhraseSet } from './phrase.ts';

/** Spans of a set of one phrase, as matchAll gives them. */
function spans(phrase: string, text: string, from?: number, to?: number): string[] {
  const set = new PhraseSet<true>();
  set.add(phrase, true);
  return set.matchAll(fold(text), from, to).map((m) => `${m.start}-${m.end}`);
}

test('phrase matching: hits and misses', () => {
  const rows: [phrase: string, text: string, expected: string[]][] = [
    ['nuclear weapons', 'Russia and its nuclear weapons.', ['15-30']],
    ['nuclear weapons', 'nuclear\u00a0weapons', ['0-15']], // a no-break space folds to a space
    ['nuclear weapons', 'nuclear \n\t weapons', ['0-18']], // any run of white space between words
    ['nuclear weapons', 'nuclearweapons', []],
    ['nuclear weapons', 'antinuclear weapons', []], // the word guard before
    ['nuclear weapons', 'nuclear weaponsmith', []], // the word guard after
    ['nuclear weapons', 'nuclear weapons🙂', ['0-15']], // an emoji is not a letter
    ['nuclear weapons', 'nuclear weapons𝐀', []], // an astral letter is
    ['Menace', 'Une MENACE nucléaire', ['4-10']], // folded: case
    ['escalade nucléaire', 'escalade nucleaire', ['0-18']], // folded: accents
    ['menac*', 'il menaçait, menaces', ['3-11', '13-20']],
    ['tous les moyens ... disposition', 'tous les moyens à notre disposition', ['0-35']],
    ["l'an", "depuis l'an 2022", ['7-11']],
    ['u.s.', 'the u.s. said', ['4-8']],
    ['the the', 'the the the', ['0-7']], // non-overlapping, left to right
    // Words with other characters than letters and digits: each run of letters is a whole word of the text.
    ['u.s.', 'mu.s. says', []],
    ["l'an", "appel'an", []],
    ["l'an", "l'anneau", []],
    ['anti-nucl*', 'les anti-nucléaires', ['4-19']],
    ['anti-nucl*', 'les xanti-nucléaires', []],
    ['anti-nucl*', 'les anti-unclear', []],
    ['rouge-gorge pays', 'le rouge-gorge, pays', []],
    ['prix: 5', 'le prix: 5 euros', ['3-10']],
  ];
  for (const [phrase, text, expected] of rows) assert.deepEqual(spans(phrase, text), expected, `${phrase} in ${JSON.stringify(text)}`);
});

test('stem phrases read without their regex find what the regex finds: hits and misses', () => {
  // A stem runs on over letters, digits, apostrophes and hyphens ([\p{L}\p{N}'-]*), a surrogate
  // pair read as one code point, then needs white space (a next word) or no letter (the end).
  const rows: [phrase: string, text: string, expected: string[]][] = [
    ['menac*', 'menace', ['0-6']],
    ['menac*', 'menac', ['0-5']], // the stem alone
    ['nucl*', 'nuclear-armed states', ['0-13']], // hyphens run on
    ['menac*', "menace's", ['0-8']], // apostrophes run on
    ['menac*', 'menace- ', ['0-7']],
    ['menac*', 'menaces2024', ['0-11']], // digits run on
    ['menac*', 'menace\u{1d400}x', ['0-9']], // an astral letter runs on as one code point
    ['menac*', 'menace\u{1f642}', ['0-6']], // an emoji ends the run
    ['menac*', 'menace\ud835 x', ['0-6']], // a lone surrogate ends it
    ['menac*', 'menace\u2019s', ['0-8']], // a typographic apostrophe folds to one
    ['menac*', 'menace\u00b7s', ['0-6']], // a middle dot is not in the run
    ['menac*', 'amenace', []], // the guard before
    ['ядерн* оруж*', 'ядерного оружия', ['0-15']],
    ['ядерн* оруж*', 'ядерного-оружия', []], // a hyphen runs on: no white space left for the next word
    ['ядерн* оруж*', 'ядерного, оружия', []],
    ['ядерн* оруж*', 'ядерного \n оружия.', ['0-17']],
    ['nuclear weapon*', 'nuclear weapons, nuclear weaponry', ['0-15', '17-33']],
    ['nuclear weapon*', 'nuclear-weapons', []],
    ['anti-nucl* test', 'anti-nuclear test', ['0-17']],
    ['anti-nucl* test', 'anti-nuclear-test', []],
  ];
  for (const [phrase, text, expected] of rows) {
    assert.deepEqual(spans(phrase, text), expected, `${phrase} in ${JSON.stringify(text)}`);
    const want = [...fold(text).matchAll(new RegExp(phraseSource(phrase), 'gu'))].map((m) => `${m.index}-${m.index + m[0].length}`);
    assert.deepEqual(spans(phrase, text), want, `${phrase} in ${JSON.stringify(text)}, against its regex`);
  }
});

test('gap phrases read without their regex find what the regex finds: hits and misses', () => {
  // A gap is up to GAP_WORDS words between runs of white space and commas, fewest first; with two
  // gaps the second is tried in full before the first takes one more word, as the regex backtracks.
  const rows: [phrase: string, text: string, expected: string[]][] = [
    ['tous les moyens ... disposition', 'tous les moyens disposition', ['0-27']], // no word in the gap
    ['tous les moyens ... disposition', 'tous les moyens, à notre disposition', ['0-36']],
    ['tous les moyens ... disposition', 'tous les moyens ,, à ,notre, disposition', ['0-40']],
    ['warn* ... nuclear', 'warned that it could use nuclear', ['0-32']], // four words
    ['warn* ... nuclear', 'warned a b c d e f nuclear', ['0-26']], // six
    ['warn* ... nuclear', 'warned a b c d e f g nuclear', []], // seven
    ['warn* ... nuclear', 'warned of nuclear war and nuclear', ['0-17']], // the fewest words
    ['warn* ... nuclear', 'warned of nuclearism', []], // the guard after the last word
    ['warn* ... nuclear', 'warned-of nuclear', ['0-17']],
    ['warn* ... nuclear', 'warnednuclear', []],
    ['a ... b ... c', 'a b x c', ['0-7']],
    ['a ... b ... c', 'a b b x x x x x x c', ['0-19']], // the second gap fails from the first b, not the second
    ['a ... b ... c', 'a b x x x x x x x b c', []],
    ['a ... b ... c', 'a x b x x x x x x x c', []],
    ['menac* ... ядерн*', 'menace, contre ядерное', ['0-22']],
    ['said ... nucl* weapon*', 'said they had nuclear-tipped weapons.', ['0-36']],
    ['said ... nucl* weapon*', 'said they had nuclear, weapons', []],
  ];
  for (const [phrase, text, expected] of rows) {
    assert.deepEqual(spans(phrase, text), expected, `${phrase} in ${JSON.stringify(text)}`);
    const want = [...fold(text).matchAll(new RegExp(phraseSource(phrase), 'gu'))].map((m) => `${m.index}-${m.index + m[0].length}`);
    assert.deepEqual(spans(phrase, text), want, `${phrase} in ${JSON.stringify(text)}, against its regex`);
  }
});

test('phrase matching within a range sees one character either side', () => {
  const text = 'we said nuclear weapons today';
  assert.deepEqual(spans('nuclear weapons', text, 8, 23), ['8-23']);
  assert.deepEqual(spans('nuclear weapons', text, 8, 22), []); // the match ends outside the range
  assert.deepEqual(spans('nuclear weapons', text, 9, 29), []); // the range starts inside a word
});

/** Every phrase field of every lexicon file (a field with a letter that is a valid phrase). */
function lexiconPhrases(): string[] {
  const phrases = new Set<string>();
  for (const lang of readdirSync(DEFAULT_DATA_DIR, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const file of readdirSync(join(DEFAULT_DATA_DIR, lang.name))) {
      if (!file.endsWith('.txt')) continue;
      for (const line of readFileSync(join(DEFAULT_DATA_DIR, lang.name, file), 'utf8').split('\n')) {
        if (line.startsWith('#')) continue;
        for (const field of line.split('|').map((f) => f.trim())) {
          if (!/\p{L}/u.test(field)) continue;
          try {
            phraseSource(field);
            phrases.add(field);
          } catch {
            // not a phrase field
          }
        }
      }
    }
  }
  return [...phrases];
}

test('PhraseSet finds what a global scan of the phrase regex finds, for every lexicon phrase', () => {
  const seeds = join(import.meta.dirname, '../../../shared/corpus/seeds');
  const texts = [
    ...readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fold(readFileSync(join(seeds, f), 'utf8'))),
    fold("the  nuclear\tweapons! l'an 2024, u.s. officials, нуклеарне, атомное оружие\u2028ядерное, 🙂menace nucléaire𝐀"),
  ];
  const phrases = lexiconPhrases();
  assert.ok(phrases.length > 1000, `only ${phrases.length} phrases read`);
  let matched = 0;
  for (const phrase of phrases) {
    const set = new PhraseSet<true>();
    set.add(phrase, true);
    const re = new RegExp(phraseSource(phrase), 'gu');
    for (const text of texts) {
      const got = set.matchAll(text).map((m) => `${m.start}-${m.end}`);
      const want = [...text.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}`);
      assert.deepEqual(got, want, `${JSON.stringify(phrase)}`);
      matched += got.length;
    }
  }
  assert.ok(matched > 100, `only ${matched} matches: the texts should contain lexicon phrases`);
});
