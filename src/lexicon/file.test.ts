import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, FILE_LANGS, LEXICON_LANGS, LexiconError, allOf, isPhrase, oneOf, parseLexicon, readLexicon, type LexiconSpec } from './index.ts';

const TWO: LexiconSpec = { kind: 'cues', minFields: 2, maxFields: 2, check: allOf(oneOf(0, ['THREAT', 'WARNING'], 'signal type'), isPhrase(1)) };

test('entries keep their line numbers and trimmed fields; comments and blank lines are skipped', () => {
  const entries = parseLexicon('data/en/cues.txt', '# header\n\nTHREAT |  wipe ... off the map \n# a comment\nWARNING|grave consequences\n', TWO);
  assert.deepEqual(
    entries.map((e) => [e.line, ...e.fields]),
    [
      [3, 'THREAT', 'wipe ... off the map'],
      [5, 'WARNING', 'grave consequences'],
    ],
  );
});

const BAD: readonly [string, string, RegExp][] = [
  ['no header', 'THREAT | menac*\n', /cues\.txt:1: the file must start with a # header/],
  ['too few fields', '# h\nTHREAT\n', /cues\.txt:2: expected 2 \|-separated field\(s\), found 1/],
  ['empty field', '# h\nTHREAT | \n', /cues\.txt:2: empty field/],
  ['unknown kind', '# h\nBLUFF | menac*\n', /cues\.txt:2: unknown signal type "BLUFF" \(expected one of: THREAT, WARNING\)/],
  ['bad phrase', '# h\nTHREAT | ... menace\n', /cues\.txt:2: a phrase cannot start or end with "\.\.\."/],
  // Matching folds case and accents, so these two lines would match the same text.
  ['duplicate after folding', '# h\nTHREAT | précisé\nTHREAT | Precise\n', /cues\.txt:3: duplicate of line 2/],
];

for (const [what, content, message] of BAD) {
  test(`a bad line is reported with file and line: ${what}`, () => {
    assert.throws(() => parseLexicon('data/en/cues.txt', content, TWO), (e: unknown) => e instanceof LexiconError && message.test(e.message));
  });
}

test('every bad line of a file is reported in one error', () => {
  assert.throws(
    () => parseLexicon('data/en/cues.txt', '# h\nTHREAT\nWARNING | a\nBLUFF | b\n', TWO),
    (e: unknown) => e instanceof LexiconError && /cues\.txt:2:/.test(e.message) && /cues\.txt:4:/.test(e.message) && !/cues\.txt:3:/.test(e.message),
  );
});

test('a missing file is an error naming it, or no entries when the kind is optional', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-lexicon-'));
  try {
    mkdirSync(join(dir, 'en'));
    assert.throws(() => readLexicon(dir, 'en', TWO), /data\/en\/cues\.txt: missing file/);
    assert.deepEqual(readLexicon(dir, 'en', { ...TWO, required: false }), []);
    writeFileSync(join(dir, 'en', 'cues.txt'), '# h\nTHREAT | menac*\n');
    assert.equal(readLexicon(dir, 'en', TWO).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every shipped speech-verbs file reads without error (no line that folding makes a duplicate)', () => {
  for (const lang of FILE_LANGS) {
    const entries = readLexicon(DEFAULT_DATA_DIR, lang, { kind: 'speech-verbs', minFields: 2, maxFields: 2 });
    assert.ok(entries.length > 10, `${lang}: ${entries.length} speech verbs`);
  }
  for (const lang of LEXICON_LANGS) assert.ok(readLexicon(DEFAULT_DATA_DIR, lang, { kind: 'signal-cues', minFields: 2, maxFields: 3 }).length > 20);
});
