import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createDoc } from '../../document/index.ts';
import { LexiconError } from '../../lexicon/index.ts';
import { isBoilerplate } from './hints.ts';
import { createExtract } from './index.ts';
import { isBylineLine, isCreditLine, isDateLine, isEndMarker, isPromoLine, isUiLabel } from './lines.ts';
import type { Element } from './parse.ts';
import { DEFAULT_DATA_DIR, loadVocabulary, type PageVocabulary } from './vocabulary.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped data folder with `files` (path under data/ → content) added. */
function dataWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'brink-extract-data-'));
  dirs.push(dir);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function div(cls: string): Element {
  return { tag: 'div', attrs: { class: cls }, parent: null, children: [] };
}

// A language Brink does not ship (Polish), added as data only: [file, entry, what it catches, test].
const NEW_LANGUAGE: [string, string, string, (v: PageVocabulary, line: string) => boolean][] = [
  ['pl/page-labels.txt', 'udostępnij', 'Udostępnij', (v, l) => isUiLabel(l, v.lines)],
  ['pl/page-labels.txt', 'zdjęcie {number} z {number}', 'Zdjęcie 2 z 7', (v, l) => isUiLabel(l, v.lines)],
  ['pl/end-markers.txt', 'czytaj także', 'Czytaj także:', (v, l) => isEndMarker(l, v.lines)],
  ['pl/end-markers.txt', 'więcej z ...', 'Więcej z kraju', (v, l) => isEndMarker(l, v.lines)],
  ['pl/pointer-labels.txt', 'czytaj też', 'Czytaj też: Rosja zawiesza udział w traktacie', (v, l) => isPromoLine(l, v.lines)],
  ['pl/promo-phrases.txt', 'obserwuj {name} na facebooku', 'Obserwuj nas na Facebooku', (v, l) => isPromoLine(l, v.lines)],
  ['pl/date-line-words.txt', 'listopada | month', '19 listopada, 10:32', (v, l) => isDateLine(l, v.lines)],
  ['pl/byline-words.txt', 'autor: | intro', 'Autor: Jan Kowalski', (v, l) => isBylineLine(l, v.lines)],
  ['pl/credit-labels.txt', 'zdjęcie | label', 'Zdjęcie: Jan Kowalski', (v, l) => isCreditLine(l, v.lines)],
  ['pl/class-hints.txt', 'udostepnij | boilerplate', 'udostepnij-box', (v, cls) => isBoilerplate(div(cls), v.classes)],
];

const SHIPPED = loadVocabulary();

for (const [file, entry, line, catches] of NEW_LANGUAGE) {
  test(`a new language is data: ${file} "${entry}" makes "${line}" furniture`, () => {
    assert.equal(catches(SHIPPED, line), false, 'caught before the entry was listed');
    const v = loadVocabulary(dataWith({ [file]: `# Polish test entries\n${entry}\n` }));
    assert.equal(catches(v, line), true);
  });
}

test('the stage reads the data folder it is given: a listed label leaves the article', () => {
  const html = `<html><body><article><h1>Rosja zawiesza traktat</h1>
    <p>Rosja ogłosiła w poniedziałek, że zawiesza swój udział w traktacie o kontroli zbrojeń, podało ministerstwo spraw zagranicznych.</p>
    <p>Udostępnij</p>
    <p>Decyzja zapadła po miesiącach napięć między Moskwą a Waszyngtonem, a eksperci ostrzegają przed nowym wyścigiem zbrojeń.</p>
    </article></body></html>`;
  const run = (dataDir?: string) =>
    (dataDir === undefined ? createExtract() : createExtract({ dataDir }))(createDoc({ source: 't.html', content: html, format: 'html', meta: {} })).lines;
  assert.ok(run().includes('Udostępnij'));
  const lines = run(dataWith({ 'pl/page-labels.txt': '# Polish page labels\nudostępnij\n' }));
  assert.ok(!lines.includes('Udostępnij'));
  assert.equal(lines.length, 2);
});

// Bad lines, reported when the stage is built with the file and the line: [file, content, message].
const BAD: [string, string, RegExp][] = [
  ['pl/page-labels.txt', '# h\nudostępnij\n{count} z {number}\n', /data\/pl\/page-labels\.txt:3: unknown placeholder \{count\}/],
  ['pl/page-labels.txt', '# h\nczas ... czytania\n', /data\/pl\/page-labels\.txt:2: "\.\.\." may only end an entry/],
  ['pl/page-labels.txt', '# h\nudostępnij*\n', /data\/pl\/page-labels\.txt:2: "\*" is not allowed in this file/],
  ['pl/pointer-labels.txt', '# h\nczytaj {name}\n', /data\/pl\/pointer-labels\.txt:2: unknown placeholder \{name\}/],
  ['pl/end-markers.txt', '# h\n({number})\n', /data\/pl\/end-markers\.txt:2: no letters or digits/],
  ['pl/date-line-words.txt', '# h\nlistopada | miesiąc\n', /data\/pl\/date-line-words\.txt:2: unknown date word kind "miesiąc"/],
  ['pl/date-line-words.txt', '# h\nw listopadzie | month\n', /data\/pl\/date-line-words\.txt:2: a date-line word must be one word/],
  ['pl/byline-words.txt', '# h\nAutor | intro\n', /data\/pl\/byline-words\.txt:2: write byline words in lower case/],
  ['pl/credit-labels.txt', '# h\nzdjęcie\n', /data\/pl\/credit-labels\.txt:2: expected 2 \|-separated field\(s\), found 1/],
  ['pl/class-hints.txt', '# h\nudostepnij-box | boilerplate\n', /data\/pl\/class-hints\.txt:2: class words are lowercase letters and digits/],
  ['pl/class-hints.txt', '# h\nreklama | boilerplate\nreklama | boilerplate\n', /data\/pl\/class-hints\.txt:3: duplicate of line 2/],
  ['web/page-roles.txt', '# h\nNavigation\n', /data\/web\/page-roles\.txt:2: an ARIA role is one lowercase word/],
  ['pl/newsletter-words.txt', 'newsletter | inbox\n', /data\/pl\/newsletter-words\.txt:1: the file must start with a # header/],
];

for (const [file, content, message] of BAD) {
  test(`a bad data line stops the stage's build, naming file and line: ${file} ${JSON.stringify(content.split('\n')[1])}`, () => {
    const dataDir = dataWith({ [file]: content });
    assert.throws(() => createExtract({ dataDir }), (e: unknown) => e instanceof LexiconError && message.test(e.message));
  });
}

test('a data folder without the extract files is refused, naming the missing kind', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'brink-extract-empty-'));
  dirs.push(dataDir);
  mkdirSync(join(dataDir, 'en'));
  assert.throws(() => createExtract({ dataDir }), (e: unknown) => e instanceof LexiconError && /no page-labels\.txt in any folder/.test(e.message));
  assert.throws(() => createExtract({ dataDir: join(dataDir, 'nowhere') }), (e: unknown) => e instanceof LexiconError && /cannot read the data directory/.test(e.message));
});
