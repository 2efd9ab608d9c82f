/**
 * Two classes of formulas from holdout-12's misses (E12). A call on others to pledge never to use or
 * threaten nuclear weapons ("called on the nuclear powers to commit never to use them first", « a appelé
 * les puissances dotées à s'engager à ne jamais recourir… », «призвал … никогда не применять», «закликав
 * … ніколи не застосовувати») is a demand that threats end — a WARNING whoever makes it — and the pledge
 * asked for is no reassurance of the caller's. The end of the world promised to the adversary ("Judgement
 * Day will come for all of them", «наступит Судный день», «настане Судний день») is the Russian side's
 * veiled threat. Misses: a call never to forget; a state's own pledge stays its reassurance; a film
 * title, and a Western speaker's judgement that the world came closer to Judgement Day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
type Row = readonly [string, string, readonly Expected[], readonly string[]];

const PLEDGE_CALLS: readonly Row[] = [
  ['en', 'Antonio Guterres called on nuclear-armed states to commit never to use nuclear weapons first.', [{ type: 'WARNING', actor: 'António Guterres' }], ['REASSURANCE']],
  ['en', 'Guterres urged the nuclear powers to pledge never to threaten the use of nuclear weapons.', [{ type: 'WARNING', actor: 'António Guterres' }], ['REASSURANCE', 'THREAT']],
  ['fr', "Antonio Guterres a appelé les puissances dotées à s'engager à ne jamais recourir en premier à l'arme atomique.", [{ type: 'WARNING', actor: 'António Guterres' }], ['REASSURANCE']],
  ['ru', 'Гутерриш призвал ядерные державы взять обязательство никогда не применять ядерное оружие первыми.', [{ type: 'WARNING', actor: 'António Guterres' }], ['REASSURANCE']],
  ['uk', "Гутерреш закликав ядерні держави зобов'язатися ніколи не застосовувати ядерну зброю першими.", [{ type: 'WARNING', actor: 'António Guterres' }], ['REASSURANCE']],
  // Misses: a call never to forget warns no one; a state's own pledge is its reassurance.
  ['en', 'Xi Jinping called on his people never to forget the nuclear bombing of Hiroshima.', [], ['WARNING']],
  ['fr', 'Le pape a appelé les fidèles à ne jamais oublier les victimes de la bombe atomique.', [], ['WARNING']],
  ['ru', 'Путин призвал никогда не забывать уроки ядерной катастрофы в Хиросиме.', [], ['WARNING']],
  ['en', 'China said it would never be the first to use nuclear weapons.', [{ type: 'REASSURANCE', actor: 'China' }], ['WARNING']],
  ['ru', 'Китай заявил, что никогда не применит ядерное оружие первым.', [{ type: 'REASSURANCE', actor: 'China' }], ['WARNING']],
];

const DOOM: readonly Row[] = [
  ['en', '"If something like this happens, Judgement Day will come for all of them at once, very fast and hard," Dmitry Medvedev told the paper.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Медведев заявил: «Если что-то подобное произойдёт, для всех них наступит Судный день».', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['uk', 'Медведєв заявив, що для них настане Судний день.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // Misses: a film's title; a Western judgement of the danger.
  ['en', 'The film Terminator 2: Judgment Day will come back to cinemas next year, the studio said.', [], ['THREAT']],
  ['en', 'Joe Biden said the world had come closer to Judgement Day than at any time since 1962.', [], ['THREAT']],
];

/** A veiled threat needs a document about nuclear weapons: the rows' texts are followed by a sentence naming them. */
const IN_A_NUCLEAR_STORY: Record<string, string> = {
  en: 'Russia has the largest arsenal of nuclear weapons.',
  ru: 'У России крупнейший арсенал ядерного оружия.',
  uk: 'Росія має найбільший арсенал ядерної зброї.',
};

test('a call on others to pledge never to use or threaten is a warning, not the caller\'s reassurance', () => {
  const failures = PLEDGE_CALLS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

test('Judgement Day promised to the adversary is the Russian side\'s veiled threat', () => {
  const failures = DOOM.flatMap(([lang, text, expected, absent], k) =>
    hitFailures(`row ${k} (${lang})`, signalsOf(lang, `${text}\n\n${IN_A_NUCLEAR_STORY[lang] ?? ''}`, '2024-03-01'), expected, absent),
  );
  assert.deepEqual(failures, []);
});
