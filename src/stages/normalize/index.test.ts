import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { createDoc } from '../../document/index.ts';
import { createNormalize, normalizeLine } from './index.ts';
import { repairMojibake } from './mojibake.ts';

/** UTF-8 text as a decoder with the wrong code page would have read it. */
function garble(text: string, codepage: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), codepage);
}

// [input, expected]: spaces, invisibles and controls.
const SPACES: [string, string][] = [
  ['Le\u00a0président a\u202fdit\u2009: «\u00a0non\u00a0»', 'Le président a dit : « non »'],
  ['nuclé\u00adaire', 'nucléaire'],
  ['zero\u200bwidth\u2060joined\ufeff', 'zerowidthjoined'],
  ['tab\tseparated\t\tcolumns', 'tab separated columns'],
  ['  leading and trailing   ', 'leading and trailing'],
  ['many     spaces   here', 'many spaces here'],
  ['ideographic\u3000space and\u2003em space', 'ideographic space and em space'],
  ['bell\u0007 and\u0000 nul and\u001b escape', 'bell and nul and escape'],
  ['C1\u0085 control\u009d', 'C1 control'],
  ['windows line end\r', 'windows line end'],
  ['bidi \u200emark\u202b embedded\u202c', 'bidi mark embedded'],
];

// [input, expected]: Unicode composition.
const COMPOSITION: [string, string][] = [
  ['e\u0301te\u0301', 'été'],
  ['Zu\u0308rich', 'Zürich'],
  ['и\u0306од', 'йод'],
  ['ї stays ї', 'ї stays ї'],
];

// [input, expected]: quote marks keep their direction; rare variants are mapped.
const QUOTES: [string, string][] = [
  ['« Ce n’est pas du bluff »', '« Ce n’est pas du bluff »'],
  ['“Don’t,” he said, ‘really’', '“Don’t,” he said, ‘really’'],
  ['„Das ist kein Bluff“, sagte er', '„Das ist kein Bluff“, sagte er'],
  ['‚einfach‘ so', '‚einfach‘ so'],
  ['il a dit ‹ non › hier', 'il a dit ‘ non ’ hier'],
  ['Главная › Новости › Политика', 'Главная › Новости › Политика'],
  ['le mot ›non› revient', 'le mot ’non’ revient'],
  ['\u301dquoted\u301e and \u201fodd\u201d', '“quoted” and “odd”'],
  ['full\uff02width\uff02 and \uff07single\uff07', 'full"width" and \'single\''],
  ['he said \u2033no\u2033', 'he said "no"'],
  ['a 5\u2033 screen and 3\u2032 cable', 'a 5\u2033 screen and 3\u2032 cable'],
  ["straight don't and l'arme stay", "straight don't and l'arme stay"],
  ['l´arme and don`t', 'l’arme and don’t'],
  ['мʼясо', 'м’ясо'],
  ['a `code` span', 'a `code` span'],
];

// [input, expected]: mojibake of UTF-8 read as Windows-1252, Latin-1 or Windows-1251.
const MOJIBAKE: [string, string][] = [
  ['Ã©tÃ©', 'été'],
  ['lâ€™arme', 'l’arme'],
  ['Ð¿Ñ€Ð¸', 'при'],
  ['â€œnuclÃ©aireâ€\ufffd', '“nucléaire”'],
  ['the â€œquoteâ€ here', 'the “quote” here'],
  [garble('Déjà vu à Zürich — « non »', 'win1252'), 'Déjà vu à Zürich — « non »'],
  [garble('Déjà vu à Zürich — « non »', 'latin1'), 'Déjà vu à Zürich — « non »'],
  [garble('Президент України заявив', 'win1251'), 'Президент України заявив'],
  [garble('Путин: «не блеф»', 'win1252'), 'Путин: «не блеф»'],
  [garble('中文 😀', 'win1252'), '中文 😀'],
  ['ÃƒÂ©tÃƒÂ©', 'été'],
  ['Ã  Paris, Ã©tÃ©', 'à Paris, été'],
  ['Â© Reuters', '© Reuters'],
  // Not mojibake: real text that merely contains the same characters.
  ['Sím, Сім років', 'Sím, Сім років'],
  ['Збройні сили армії Італії', 'Збройні сили армії Італії'],
  ['CAFÉ» ok', 'CAFÉ» ok'],
  ['SCHÖ“ x', 'SCHÖ“ x'],
  ['Ã  vontade', 'Ã vontade'],
  ['naïve façade, Æsir, Øresund', 'naïve façade, Æsir, Øresund'],
  ['ÐžÐš', 'ОК'],
];

for (const [name, rows] of Object.entries({ SPACES, COMPOSITION, QUOTES, MOJIBAKE })) {
  test(`normalizeLine: ${name}`, () => {
    for (const [input, expected] of rows) assert.equal(normalizeLine(input), expected, JSON.stringify(input));
  });
}

test('repairMojibake leaves clean text untouched, identity on every row of clean text', () => {
  for (const clean of ['Les États-Unis ont envoyé', 'Präsident Selenskyj', 'Владимир Путин', 'España y Ñandú', 'Ελλάδα']) {
    assert.equal(repairMojibake(clean), clean);
  }
});

test('the stage normalises every line and does not touch its input', () => {
  const doc = { ...createDoc({ source: 't', content: '', format: 'text', meta: {} }), lines: ['a\u00a0 b', 'Ã©tÃ©', ''] };
  const out = createNormalize()(doc);
  assert.deepEqual(out.lines, ['a b', 'été', '']);
  assert.deepEqual(doc.lines, ['a\u00a0 b', 'Ã©tÃ©', '']);
});
