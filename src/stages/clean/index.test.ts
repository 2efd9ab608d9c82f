import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc } from '../../document/index.ts';
import { createNormalize, normalizeLine } from '../normalize/index.ts';
import { isTitleCopy } from './headline.ts';
import { createClean } from './index.ts';
import { cleanLines } from './testing.ts';

const clean = createClean();
const normalize = createNormalize();
const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);

const run = cleanLines;

const PROSE_A = 'The foreign minister said on Tuesday that the talks had been useful, but that no agreement had been reached on the inspections.';
const PROSE_B = 'Officials in both capitals declined to say when the next round would take place, citing the sensitivity of the negotiations.';
const HEADLINE = 'Ministers meet in Vienna as nuclear talks resume after long pause';

/** Where `line` goes when it stands between two paragraphs of an article: its removal reason, or null if kept. */
function fate(line: string, format: 'text' | 'html' = 'text'): string | null {
  const doc = run([HEADLINE, '', PROSE_A, '', line, '', PROSE_B], { format });
  assert.ok(doc.text.includes(PROSE_A) && doc.text.includes(PROSE_B), 'the prose around must stay');
  const removal = doc.removed.find((r) => r.text === normalizeLine(line));
  if (removal) return removal.reason;
  assert.ok(doc.text.split('\n\n').length === 3, `kept line must be in text: ${line}`);
  return null;
}

// [line, reason]: lines removed, in all six languages.
const HITS: [string, string][] = [
  ['Facebook', 'share-buttons'],
  ['Facebook Twitter LinkedIn Email', 'share-buttons'],
  ['Partager sur Facebook', 'share-buttons'],
  ['Поделиться', 'share-buttons'],
  ['Поділитися', 'share-buttons'],
  ['Artikel teilen', 'share-buttons'],
  ['Compartir en Twitter', 'share-buttons'],
  ['Vous pouvez partager cet article sur les réseaux sociaux :', 'share-buttons'],
  ['Leave a Comment', 'comment-form'],
  ['Laisser un commentaire', 'comment-form'],
  ['Your email address will not be published. Required fields are marked *', 'comment-form'],
  ['Publicité', 'advertising'],
  ['ADVERTISEMENT', 'advertising'],
  ['Реклама', 'advertising'],
  ['Anzeige', 'advertising'],
  ['Publicidad', 'advertising'],
  ['Lire aussi  Selon le secrétaire général, la situation reste grave', 'read-also'],
  ['LIRE AUSSI : La Russie menace', 'read-also'],
  ['Read more: What the new doctrine says', 'read-also'],
  ['Читайте также: Песков прокомментировал сообщения', 'read-also'],
  ['Читайте також: Що відомо про навчання', 'read-also'],
  ['Lesen Sie auch: Was bekannt ist', 'read-also'],
  ['Lea también: Qué se sabe', 'read-also'],
  ['[Las 5 armas nucleares más potentes con las que Putin podría atacar]', 'read-also'],
  ['Photo : AFP', 'image-credit'],
  ['Photo: Evan Vucci/AP', 'image-credit'],
  ['Getty Images', 'image-credit'],
  ['© Reuters', 'image-credit'],
  ['Copyright 2022 The Associated Press.', 'footer'],
  ['Фото: ТАСС', 'image-credit'],
  ['Foto: dpa', 'image-credit'],
  ['<span>Photographie : Jonathan Ernst/Reuters</span>” src=”https://example.com/a.jpg″', 'html-residue'],
  ['<img src="https://example.com/photo.jpg" alt="">', 'html-residue'],
  ['&nbsp;&nbsp;', 'html-residue'],
  ['.share-button { display: none; }', 'html-residue'],
  ['———', 'html-residue'],
  ['[button link=”http://example.com/submit-review/” type=”big”] Send us YOUR kit review[/button]', 'html-residue'],
  ['Abonnez-vous à notre newsletter pour ne rien manquer.', 'newsletter'],
  ['Sign up for our newsletter to get the top stories.', 'newsletter'],
  ['Подписывайтесь на наш телеграм-канал', 'newsletter'],
  ['We use cookies to improve your experience on our site.', 'cookie-notice'],
  ['Nous utilisons des cookies pour améliorer votre expérience.', 'cookie-notice'],
  ['Most Read', 'read-also'],
  ['Les plus lus', 'read-also'],
  ['Самое читаемое', 'read-also'],
  ['Meistgelesen', 'read-also'],
  ['Lo más leído', 'read-also'],
  ['By Jane Harlow and Peter Quinn', 'byline'],
  ['Par Marie Lefèvre', 'byline'],
  ['Publié le 21/02/2023 à 19h12', 'dateline'],
  ['Updated: Oct. 27, 2022 5:14 p.m. ET', 'dateline'],
  ['Опубликовано 2 ноября 2022, 14:05', 'dateline'],
  ['Mis à jour le 22 septembre 2022 à 10h05', 'dateline'],
  ['fr-02', 'residue'],
  ['#Россия #Украина #ядерноеоружие', 'tags'],
  ['👉 @rian_ru', 'tags'],
  ['Подписаться | Прислать новость', 'newsletter'],
  ['Home > World > Europe', 'navigation'],
  ['Accueil > International > Asie', 'navigation'],
  ['Главная › Новости › Политика', 'navigation'],
  ['Startseite > Politik > Ausland', 'navigation'],
  ['Inicio > Internacional > Europa', 'navigation'],
  ['Головна | Україна | Війна', 'navigation'],
  ['Politics | Defence', 'navigation'],
  ['Arms control · NATO · United States', 'navigation'],
  ['📱 Telegram | VK | Дзен', 'navigation'],
  ['Advertisement · Scroll to continue', 'advertising'],
  ['Listen to this article · 5 min', 'audio-player'],
  ['Écouter cet article', 'audio-player'],
  ['Artikel anhören', 'audio-player'],
  ['12 min read', 'reading-time'],
  ['Temps de lecture : 4 min', 'reading-time'],
  ['Lesezeit: 3 Min.', 'reading-time'],
  ['Tiempo de lectura: 2 minutos', 'reading-time'],
  ['Время чтения: 3 минуты', 'reading-time'],
  ['Час читання: 2 хв', 'reading-time'],
  ['Topics: Arms control, Missile defence', 'sidebar'],
  ['Mots-clés : dissuasion, OTAN', 'sidebar'],
  ['Themen: Atomwaffen, Nato', 'sidebar'],
  ['Our Standards: How we verify sources', 'footer'],
  ['Comments (12)', 'comment-form'],
  ['Print this page', 'share-buttons'],
  ['Reuse this content', 'share-buttons'],
  ['Reporting by our correspondent in Kyiv', 'tagline'],
  ['Sign up for the Evening Briefing', 'newsletter'],
  ["Newsletter International : l'essentiel chaque soir", 'newsletter'],
  ['👉 Подписаться на канал', 'newsletter'],
  ['✅ Подписывайтесь на «Вести» | Прислать новость', 'newsletter'],
  ['Новости дня. Подписаться 🔔', 'newsletter'],
  ['👉 Підписатися на канал', 'newsletter'],
  ['📎 Больше новостей — в нашем канале', 'newsletter'],
  ['More from Europe:', 'read-also'],
  ['Kremlin denies plan for dirty bomb as talks stall in Geneva', 'teaser'],
  ['Poutine fait face à la fureur en Russie à propos de la mobilisation militaire', 'teaser'],
];

// Lines that must stay: article prose that shares words with furniture, and subheadings.
const MISSES: string[] = [
  '[Updated] The ministry said the exercise would last three days and involve the strategic forces.',
  'Cookie-cutter answers, the envoy said, would not do for a treaty that limits strategic warheads.',
  'Facebook said on Monday it had removed a network of fake accounts linked to the Russian military.',
  'The advertisement, which ran in several newspapers, called for an end to the war.',
  'Par ailleurs, le président russe a indiqué que la Russie était prête.',
  'Par la voix de son porte-parole, le Kremlin a démenti toute intention de frappe.',
  'By Monday, the troops had withdrawn from the city, officials said.',
  'Published by the ministry on Friday, the statement repeated that nuclear war cannot be won.',
  'Posted on Telegram, the video showed the missile launcher moving through the town.',
  'Updated estimates put the number of warheads at 2,000.',
  'Copyright rules were not discussed at the talks, the delegates said on Friday.',
  'Von Anfang an war klar, dass die Verhandlungen schwierig werden würden.',
  'Por su parte, el Kremlin negó cualquier plan para usar armas nucleares.',
  'Related to this, officials said the alert level had not changed.',
  'He urged people to read more about the risks before travelling to the region.',
  'The photo, taken by a Reuters photographer, showed the launcher near the border.',
  'La « bombe sale » de l’Ukraine',
  'What happens next',
  'Сім років тому ситуація була іншою.',
  'Reuters reported that the talks had been held in Geneva.',
  'https://t.me/channel/12345',
  'Le hashtag #NoWar a circulé sur les réseaux sociaux après la déclaration du ministre.',
  'The company, whose shares fell 5%, said it would share its findings with regulators.',
  'Les responsables américains ont déclaré que la menace nucléaire restait « sérieuse ».',
  'Reporting by the Guardian showed the deal had been signed.',
  'The choice, he said, was simple: talks > war.',
  'Range: 5,500 km | Warheads: 10',
  'Listen to the generals, he told reporters, not the television pundits.',
  'Comments by the minister drew a sharp reply from Moscow.',
  'Подписание договора назначено на март, сообщили в МИД.',
  'Russia | United States: the treaty was suspended in February 2023.',
];

test('lines removed, with their reason', () => {
  for (const [line, reason] of HITS) assert.equal(fate(line), reason, line);
});

test('lines kept', () => {
  for (const line of MISSES) assert.equal(fate(line), null, line);
});

test('the section label under the headline goes; only the first short line, so an article opening with a list keeps it', () => {
  const doc = run([HEADLINE, '', 'Middle East', '', PROSE_A, '', PROSE_B]);
  assert.deepEqual(doc.removed.find((r) => r.text === 'Middle East')?.reason, 'section');
  const list = run([HEADLINE, '', 'Key figures', 'Warheads deployed', 'Launchers', '', PROSE_A]);
  assert.deepEqual(list.removed.map((r) => r.text).filter((t) => t !== HEADLINE), ['Key figures']);
  assert.ok(list.text.includes('Warheads deployed') && list.text.includes('Launchers'));
  // In a page the extractor already chose the blocks: a short line under the headline stays.
  assert.ok(run([HEADLINE, 'Middle East', PROSE_A], { format: 'html' }).text.includes('Middle East'));
});

test('a list of links goes with its heading, up to a blank line or a sentence', () => {
  const doc = run([HEADLINE, '', PROSE_A, '', 'Related stories', 'Iran expands enrichment at Fordow site', 'Seoul weighs its own deterrent', '', PROSE_B]);
  assert.deepEqual(
    doc.removed.map((r) => r.reason),
    ['read-also', 'read-also', 'read-also'],
  );
  const sentence = run([HEADLINE, '', PROSE_A, '', 'Les plus lus', PROSE_B]);
  assert.ok(sentence.text.includes(PROSE_B), 'a paragraph under a heading is never an item');
  // Site navigation is not a list heading: the article's subheading under it stays.
  const nav = run([HEADLINE, 'Skip to content', 'What happens next', PROSE_A], { format: 'html' });
  assert.ok(nav.text.includes('What happens next'));
});

test("a channel's signature under the last paragraph of a post goes; emoji items in the post stay", () => {
  const post = [
    '⚡️ Минобороны сообщило о начале учений нестратегических ядерных сил в Южном военном округе.',
    '',
    '🔹 Ракетные соединения отработали получение боеприпасов',
    '',
    'Учения продлятся несколько дней, в них участвуют авиация и флот, сообщили в ведомстве.',
    '',
    '🇷🇺 Генштаб',
  ];
  const doc = run(post);
  assert.equal(doc.removed.find((r) => r.text === '🇷🇺 Генштаб')?.reason, 'footer');
  assert.ok(doc.text.includes('🔹 Ракетные соединения отработали получение боеприпасов'));
});

test('a headline may end on a quoted word', () => {
  const doc = run(['Le Kremlin met en garde contre une « escalade » et accuse Paris de jouer avec le « feu »', '', PROSE_A]);
  assert.equal(doc.title, 'Le Kremlin met en garde contre une « escalade » et accuse Paris de jouer avec le « feu »');
});

test('teasers are judged in text input only: in a page they were markup the extractor saw', () => {
  assert.equal(fate('Kremlin denies plan for dirty bomb as talks stall in Geneva', 'html'), null);
});

test('residue inside prose is taken out, the prose kept', () => {
  const doc = run([HEADLINE, '<p>The minister said the talks were &quot;useful&quot; and would go on next week.</p>', PROSE_A]);
  assert.equal(doc.text.split('\n\n')[0], 'The minister said the talks were "useful" and would go on next week.');
});

test('headline: the caller title wins, its copies and the header above it go', () => {
  const doc = run(['Site Name', HEADLINE, PROSE_A, `${HEADLINE} - Site Name`, PROSE_B], { title: HEADLINE });
  assert.equal(doc.title, HEADLINE);
  assert.equal(doc.text, `${PROSE_A}\n\n${PROSE_B}`);
  assert.deepEqual(
    doc.removed.map((r) => r.reason),
    ['site-name', 'title-repeat'],
  );
});

test('headline: a line printed twice before the article is the headline, truncated and unaccented copies go', () => {
  const title = 'Les États-Unis se préparent à une éventuelle attaque nucléaire de Poutine contre l’Ukraine';
  const doc = run(['Nouvelles Du Monde', '', title, '', 'Les Etats Unis se preparent a une eventuelle attaque nucleaire de', '', PROSE_A]);
  assert.equal(doc.title, title);
  assert.equal(doc.text, PROSE_A);
  assert.deepEqual(doc.removed, [
    { text: 'Nouvelles Du Monde', reason: 'site-name' },
    { text: 'Les Etats Unis se preparent a une eventuelle attaque nucleaire de', reason: 'title-repeat' },
  ]);
});

test('headline: a text that opens with a paragraph has none, and loses no sentence', () => {
  const doc = run([PROSE_A, PROSE_B]);
  assert.equal(doc.title, null);
  assert.equal(doc.text, `${PROSE_A}\n\n${PROSE_B}`);
  assert.ok(doc.messages.some((m) => m.text === 'no headline found'));
});

test('a "what you need to know" box goes with its labelled items; prose after it stays', () => {
  const doc = run([
    HEADLINE,
    PROSE_A,
    'War in Ukraine: What you need to know',
    'The latest: Russian forces shelled the city overnight, officials said.',
    'The fight: A counteroffensive forced a retreat in the northeast.',
    PROSE_B,
  ]);
  assert.equal(doc.text, `${PROSE_A}\n\n${PROSE_B}`);
  assert.deepEqual(
    doc.removed.map((r) => r.reason),
    ['sidebar-box', 'sidebar', 'sidebar'],
  );
});

test('id: a hash of the cleaned text, the same for the same article whatever the furniture', () => {
  const a = run([HEADLINE, PROSE_A, 'Facebook', PROSE_B]);
  const b = run(['Site', HEADLINE, 'Publicité', PROSE_A, PROSE_B, 'Leave a Comment']);
  const c = run([HEADLINE, PROSE_A]);
  assert.match(a.id, /^[0-9a-f]{16}$/);
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
});

test('an all-furniture document keeps nothing and says so, without failing', () => {
  const doc = run(['Facebook', 'Twitter', 'Leave a Comment', 'ADVERTISEMENT']);
  assert.equal(doc.text, '');
  assert.equal(doc.removed.length, 4);
  assert.ok(doc.messages.some((m) => m.level === 'warning' && m.stage === 'clean'));
});

test('the stage does not touch its input document', () => {
  const input = { ...createDoc({ source: 's', content: '', format: 'text', meta: {} }), lines: [HEADLINE, 'Facebook', PROSE_A] };
  const copy = structuredClone(input);
  clean(input);
  assert.deepEqual(input, copy);
});

// Golden fixtures: fixtures/<case>/{input.txt, expected.json}, in several languages.
const FIXTURES = new URL('./fixtures/', import.meta.url);
for (const name of readdirSync(FIXTURES)) {
  test(`fixture ${name}`, () => {
    const input = readFileSync(new URL(`${name}/input.txt`, FIXTURES), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), 'utf8')) as { title: string | null; text: string[] };
    const doc = run(input.split('\n'));
    assert.equal(doc.title, expected.title);
    assert.deepEqual(doc.text.split('\n\n'), expected.text);
  });
}

/** SIGNALS.md §8 normalisation: NFKC, lower case, quote marks folded to ', white space collapsed. */
function norm(text: string): string {
  return text
    .replace(/["'`´‘’‚‛“”„‟«»‹›′″]/g, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

test('seeds: clean F1 >= 0.95 against the gold line labels (SIGNALS.md §8)', () => {
  let kept = 0;
  let keptTotal = 0;
  let gone = 0;
  let goneTotal = 0;
  for (const file of readdirSync(new URL('seeds/', CORPUS)).filter((f) => f.endsWith('.txt'))) {
    const raw = readFileSync(new URL(`seeds/${file}`, CORPUS), 'utf8');
    const gold = JSON.parse(readFileSync(new URL(`gold/${file.replace(/\.txt$/, '.json')}`, CORPUS), 'utf8')) as {
      lines: { title: number[]; content: number[]; boilerplate: number[] };
    };
    const lines = raw.split('\n');
    const doc = run(lines);
    const out = norm(`${doc.title ?? ''}\n${doc.text}`);
    const goldText = norm([...gold.lines.title, ...gold.lines.content].map((i) => lines[i]).join('\n'));
    for (const i of [...gold.lines.title, ...gold.lines.content]) {
      keptTotal++;
      if (out.includes(norm(lines[i]!))) kept++;
    }
    for (const i of gold.lines.boilerplate) {
      const line = norm(lines[i]!);
      // A boilerplate line whose words also occur in the article (a repeated headline) counts as removed if not repeated.
      const count = (s: string) => s.split(line).length - 1;
      goneTotal++;
      if (count(out) <= count(goldText)) gone++;
    }
  }
  const retention = kept / keptTotal;
  const removal = gone / goneTotal;
  const f1 = (2 * retention * removal) / (retention + removal);
  assert.ok(f1 >= 0.95, `clean F1 ${f1.toFixed(3)} (retention ${retention.toFixed(3)}, removal ${removal.toFixed(3)})`);
  assert.equal(retention, 1, 'every sentence of the articles is kept');
});

test('html gold bodies: cleaning a person-extracted article body drops under 1% of its words', () => {
  const dir = new URL('html-gold/', CORPUS);
  let words = 0;
  let dropped = 0;
  for (const file of readdirSync(dir)) {
    const body = (JSON.parse(readFileSync(join(dir.pathname, file), 'utf8')) as { body: string }).body;
    const doc = run(body.split('\n'), { format: 'html' });
    words += body.split(/\s+/).length;
    for (const r of doc.removed) dropped += r.text.split(/\s+/).length;
  }
  assert.ok(dropped / words < 0.01, `${dropped} of ${words} words dropped`);
});

// [line, headline, is a copy?]: repeats, cut copies and site suffixes, against look-alikes.
const COPIES: [string, string, boolean][] = [
  ['Moscow warns of nuclear escalation over Ukraine', 'Moscow warns of nuclear escalation over Ukraine', true],
  ['MOSCOW WARNS OF NUCLEAR ESCALATION OVER UKRAINE', 'Moscow warns of nuclear escalation over Ukraine', true],
  ['Moscow warns of nuclear escalation', 'Moscow warns of nuclear escalation over Ukraine', true],
  ['Moscow warns of nuclear escalation over Ukraine | Reuters', 'Moscow warns of nuclear escalation over Ukraine', true],
  ['Les Etats Unis se preparent a une eventuelle', 'Les États-Unis se préparent à une éventuelle attaque', true],
  ['Moscow warns', 'Moscow warns of nuclear escalation over Ukraine', false],
  ['Dare to Play 3:', 'Dare to Play 3 / October pack', false],
  ['Moscow warns of nuclear escalation over Ukraine, the ministry said on Monday in a statement.', 'Moscow warns of nuclear escalation over Ukraine', false],
];

test('isTitleCopy', () => {
  for (const [line, title, expected] of COPIES) assert.equal(isTitleCopy(line, title), expected, line);
});

test('a line judged on an earlier page is judged the same again, and its context on one page does not follow it to the next', () => {
  // One stage instance remembers its line verdicts; the context rules rewrite a copy per document.
  const stage = createClean();
  const page = (lines: string[]) => stage(normalize({ ...createDoc({ source: 't', content: lines.join('\n'), format: 'text', meta: {} }), lines }));
  const lines = [HEADLINE, 'By Jane Doe', PROSE_A, 'Read more', 'Talks stall in Geneva as envoys trade blame over inspections', PROSE_B, 'Share'];
  const first = page(lines);
  const again = page(lines);
  assert.deepEqual([again.title, again.text, again.removed], [first.title, first.text, first.removed]);
  // The teaser headline goes under its list heading on that page; the same line as a page's headline stays.
  assert.ok(first.removed.some((r) => r.text === lines[4]));
  const alone = page([lines[4]!, 'By Jane Doe', PROSE_A, PROSE_B]);
  assert.equal(alone.title, lines[4]);
});
