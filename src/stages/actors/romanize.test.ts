import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, type FileLang } from '../../lexicon/index.ts';
import { loadRomanizer } from './romanize.ts';

const romanizer = loadRomanizer(DEFAULT_DATA_DIR);

// [document languages, name as written, English form]
const HITS: [readonly FileLang[], string, string][] = [
  // Russian: the press's scheme (-ий/-ый → -y, е first or after a vowel → ye, х → kh, initial Дж → J) …
  [['ru'], 'Халид Джамали', 'Khalid Jamali'],
  [['ru'], 'Виктор Ерёменко', 'Viktor Yeryomenko'],
  [['ru'], 'Олег Краевой', 'Oleg Krayevoy'],
  [['ru'], 'Тимур Щукин', 'Timur Shchukin'],
  [['ru'], 'Борис Цыплаков-Жуковский', 'Boris Tsyplakov-Zhukovsky'],
  [['ru'], 'Роман Ильин', 'Roman Ilyin'],
  [['ru'], 'Степан Подъячев', 'Stepan Podyachev'],
  // … and given names as the press writes them, in any case form.
  [['ru'], 'Александр Богомаз', 'Alexander Bogomaz'],
  [['ru'], 'Сергея Смирнова', 'Sergei Smirnov'],
  [['ru'], 'Юрий Котов', 'Yury Kotov'],
  [['ru'], 'Мухаммад Халид Джамали', 'Muhammad Khalid Jamali'],
  [['ru'], 'Джон Смит', 'John Smit'],
  // … and, after a given name in another case, the family name put back in the nominative (name-cases.txt).
  [['ru'], 'Ивана Петрова', 'Ivan Petrov'],
  [['ru'], 'Александра Богомаза', 'Alexander Bogomaz'],
  [['ru'], 'Марии Соколовой', 'Maria Sokolova'],
  [['ru'], 'Сергеем Рябковым', 'Sergei Ryabkov'],
  [['ru'], 'Владимира Жириновского', 'Vladimir Zhirinovsky'],
  [['ru'], 'Мухаммада Халида Джамали', 'Muhammad Khalid Jamali'],
  // A soft-sign stem after a consonant (Коваля → Коваль), a -й stem after a vowel (Гайдая → Гайдай).
  [['ru'], 'Ивана Бондаря', 'Ivan Bondar'],
  [['ru'], 'Сергея Гайдая', 'Sergei Gaidai'],
  [['uk'], 'Олега Коваля', 'Oleh Koval'],
  [['uk'], 'Андрія Ковалю', 'Andrii Koval'],
  [['ru'], 'Ильи Яшина', 'Ilya Yashin'],
  // Given names whose stem changes in the other cases (first-names.txt's `Павел/Павл`).
  [['ru'], 'Павла Зарубина', 'Pavel Zarubin'],
  [['ru'], 'Павлом Зарубиным', 'Pavel Zarubin'],
  [['ru'], 'Льва Гудкова', 'Lev Gudkov'],
  [['ru'], 'Петра Иванова', 'Pyotr Ivanov'],
  [['ru'], 'Михаила Ульянова', 'Mikhail Ulyanov'],
  [['uk', 'ru'], 'Ігоря Клименка', 'Ihor Klymenko'],
  [['uk', 'ru'], 'Ігорем Клименком', 'Ihor Klymenko'],
  // An indeclinable family name and a nominative given name keep theirs.
  [['ru'], 'Виктора Ерёменко', 'Viktor Yeryomenko'],
  [['ru'], 'Ольга Петрова', 'Olga Petrova'],
  [['ru'], 'Иван Петрова', 'Ivan Petrova'],
  // Ukrainian: the national scheme (г → h, и → y, і → i, є/ї/ю/я first → ye/yi/yu/ya, after it ie/i/iu/ia).
  [['uk', 'ru'], 'Георгій Тихий', 'Heorhii Tykhyi'],
  [['uk', 'ru'], 'Олександр Сирський', 'Oleksandr Syrskyi'],
  [['uk', 'ru'], 'Юлія Їжакевич', 'Yuliia Yizhakevych'],
  [['uk', 'ru'], "Ігор Дем'янчук", 'Ihor Demianchuk'],
  [['uk', 'ru'], 'Євген Згурський', 'Yevhen Zghurskyi'],
  [['uk', 'ru'], 'Джон Сміт', 'John Smit'],
  [['uk', 'ru'], 'Олексія Гудзенка', 'Oleksii Hudzenko'],
  [['uk', 'ru'], 'Юлії Соколової', 'Yuliia Sokolova'],
  [['uk', 'ru'], 'Андрія Сибіги', 'Andrii Sybiha'],
  [['uk', 'ru'], 'Василя Малюка', 'Vasyl Maliuk'],
];

// Names that stay as written.
const MISSES: [readonly FileLang[], string][] = [
  [['ru'], 'Jane Doe'],
  [['en'], 'Jean-Yves Le Drian'],
  [['uk', 'ru'], 'Kyrylo Budanov'],
];

test('romanize: Cyrillic names in English letters, by language (table of hits)', () => {
  const wrong = HITS.map(([langs, name, english]) => [name, english, romanizer.name(name, langs)]).filter(([, english, got]) => got !== english);
  assert.deepEqual(wrong, []);
});

test('romanize: names with no Cyrillic letter stay as written (table of misses)', () => {
  for (const [langs, name] of MISSES) assert.equal(romanizer.name(name, langs), name);
});

test('romanize: a language with no scheme uses the first one there is', () => {
  assert.equal(romanizer.name('Юрий Котов', ['fr']), 'Yury Kotov');
});
