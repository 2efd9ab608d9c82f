import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, fold } from '../../lexicon/index.ts';
import { isInvertedSpeaker, listLink, type ListLink } from './attribution.ts';
import { loadAllSignalLexicons, type SignalLexicon } from './lexicons.ts';
import { createPipeline } from '../../pipeline/index.ts';
import { hitFailures, type Expected } from './rule-table.ts';

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

/**
 * The one list reader: [language, text, first member, next member, how they are joined]. A comma
 * or a conjunction of the language, each maybe followed by an article, joins; other words do not.
 */
const LINKS: readonly [string, string, string, string, ListLink | null][] = [
  ['fr', 'Les États-Unis, la Russie et la Chine ont affirmé', 'États-Unis', 'Russie', 'comma'],
  ['fr', 'Les États-Unis, la Russie et la Chine ont affirmé', 'Russie', 'Chine', 'conjunction'],
  ["fr", "La France, l'Allemagne et le Royaume-Uni ont condamné", 'France', 'Allemagne', 'comma'],
  // A role is a mention of its own: the reader joins up to it.
  ['fr', 'Emmanuel Macron et le Premier ministre britannique Keir Starmer ont signé', 'Emmanuel Macron', 'Premier ministre', 'conjunction'],
  ['fr', 'Emmanuel Macron et le chancelier Merz ont signé', 'Emmanuel Macron', 'Merz', 'conjunction'],
  ['fr', 'Paris, le 3 mars, la Russie a annoncé', 'Paris', 'Russie', null],
  ['fr', 'la France mais la Russie', 'France', 'Russie', 'conjunction'],
  ['en', 'The United States, the United Kingdom and France said', 'United States', 'United Kingdom', 'comma'],
  ['en', 'The United States, the United Kingdom and France said', 'United Kingdom', 'France', 'conjunction'],
  ['en', 'Biden and President Xi Jinping agreed', 'Biden', 'Xi Jinping', 'conjunction'],
  ['en', 'Biden, who met Xi Jinping, said', 'Biden', 'Xi Jinping', null],
  ['en', 'Russia, China', 'Russia', 'China', 'comma'],
  // An article alone does not join: it must follow a comma or a conjunction.
  ['en', 'Russia the United States', 'Russia', 'United States', null],
  ['ru', 'США, Россия и Китай заявили', 'США', 'Россия', 'comma'],
  ['ru', 'США, Россия и Китай заявили', 'Россия', 'Китай', 'conjunction'],
  ['ru', 'Путин, по словам Пескова, заявил', 'Путин', 'Пескова', null],
  ['uk', 'Україна та Польща заявили', 'Україна', 'Польща', 'conjunction'],
];

test('list links: one data-driven reader of joint subjects', () => {
  for (const [lang, text, first, next, expected] of LINKS) {
    const lex = lexicons.get(lang as 'en') as SignalLexicon;
    const from = text.indexOf(first) + first.length;
    const to = text.indexOf(next, from);
    assert.ok(to >= from, `${next} after ${first}`);
    assert.equal(listLink(text, fold(text), from, to, lex), expected, `${lang} "${text}": ${first} → ${next}`);
  }
});

/**
 * Whose act it is, on short texts of our own run through the whole pipeline: [language, text, the
 * signals that must be found, what must not be found ("TYPE" or "TYPE by Actor")]. The rules alone,
 * as in rule-table.ts: whose act it is is the attribution's question, and the learned veto, retrained
 * as the gold grows, is tested with its own figures (model/veto.ts).
 */
const pipeline = createPipeline({ signals: { model: null, minConfidence: 0 } });
const ACTORS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // A step the reported clause gives to a person of its own is that person's, not the reporter's.
  ['ru', 'Лавров напомнил, что Путин объявил о размещении тактического ядерного оружия в Белоруссии.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['POSTURE by Sergey Lavrov']],
  ['en', 'Blinken noted that Putin had announced the deployment of tactical nuclear weapons to Belarus.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['POSTURE by Antony Blinken']],
  // … but what the reporter says of his own state's policy stays his own.
  ['ru', 'Рябков заявил, что Россия не будет первой проводить ядерные испытания.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], ['REASSURANCE by Russia']],
  // A past act the reported clause gives to the reporter's own state is the state's (§1) …
  [
    'en',
    'Sullivan said Washington had communicated directly to Moscow that any use of nuclear weapons would bring catastrophic consequences.',
    [{ type: 'WARNING', actor: 'United States' }],
    ['WARNING by Jake Sullivan'],
  ],
  // … his own word about what the state will do, or what it has seen, is his.
  ['en', 'Sullivan said Washington would respond decisively to any use of nuclear weapons by Russia.', [{ type: 'WARNING', actor: 'Jake Sullivan' }], ['WARNING by United States']],
  ['en', "John Kirby said Washington had seen no change in Russia's nuclear posture.", [{ type: 'ASSESSMENT', actor: 'John Kirby' }], ['ASSESSMENT by United States']],
  // A subordinate clause after a fronted time phrase is background: its names are not the subject.
  [
    'en',
    'On October 29, shortly before meeting Xi Jinping in South Korea, President Donald Trump wrote that he had instructed the Pentagon to start testing nuclear weapons "on an equal basis" with other countries.',
    [{ type: 'POSTURE', actor: 'Donald Trump' }],
    ['POSTURE by South Korea', 'POSTURE by Xi Jinping'],
  ],
  // A chamber of parliament with no state named is the dateline's state.
  [
    'en',
    'MOSCOW, Oct 18 (Reuters) - The lower house of parliament voted on Wednesday to revoke ratification of the global nuclear test ban treaty.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia' }],
    [],
  ],
  [
    'ru',
    'МОСКВА, 18 октября. /ТАСС/. Нижняя палата парламента одобрила отзыв ратификации Договора о всеобъемлющем запрещении ядерных испытаний.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia' }],
    [],
  ],
  // « Les Alliés » of a NATO communiqué are the Alliance.
  ['fr', "Les Alliés condamnent la rhétorique nucléaire irresponsable de la Russie et ses signaux nucléaires coercitifs.", [{ type: 'WARNING', actor: 'NATO' }], []],
  // A warship's prefix names its navy's state.
  ['en', 'The USS Kentucky, a nuclear-armed ballistic missile submarine, docked in Busan on Tuesday in a show of deterrence.', [{ type: 'POSTURE', actor: 'United States' }], []],
  // The Russian president named by his military title alone.
  ['ru', 'Верховный главнокомандующий сообщил, что первые серийные «Орешники» поставлены на боевое дежурство.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  // A bare role before its holder is named points forward to the one holder the post names.
  [
    'ru',
    'Выступая на параде в Петербурге, президент предупредил Вашингтон, что Россия разместит ракеты средней дальности, если американские ракеты появятся в Германии.\n\n«Мы примем зеркальные меры», — сказал Путин.',
    [],
    ['WARNING by United States', 'THREAT by United States'],
  ],
  // A mention right after a directive verb and followed by a preposition is the one urged, not the
  // subject of a reported clause (session 9).
  ['ru', 'Путин призвал Байдена к переговорам о стратегической стабильности.', [{ type: 'CONTACT', actor: 'Vladimir Putin' }], ['CONTACT by Joe Biden']],
  ['en', 'Blinken urged Russia to return to talks on nuclear arms control.', [{ type: 'CONTACT', actor: 'Antony Blinken' }], ['CONTACT by Russia']],
  // A possessive role set off by commas names the subject in apposition.
  [
    'en',
    "North Korea's leader, Kim Jong Un, personally guided two weeks of drills by tactical nuclear units.",
    [{ type: 'POSTURE', actor: 'Kim Jong Un' }],
    ['POSTURE by North Korea'],
  ],
  [
    'en',
    "Russia's defence minister, Sergei Shoigu, warned that any attack on Belarus would be answered with nuclear weapons.",
    [{ type: 'THREAT', actor: 'Sergei Shoigu' }],
    ['THREAT by Russia'],
  ],
  // A step taken under someone's supervision is that person's.
  ['en', 'North Korea test-fired an intercontinental ballistic missile under the supervision of Kim Jong Un.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  ['ru', 'КНДР провела пуск межконтинентальной баллистической ракеты под руководством Ким Чен Ына.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  // State media's formulas for the leader's presence: the personal supervision, the eye of.
  ['en', 'North Korea test-fired a new intercontinental ballistic missile under the personal supervision of Kim Jong Un, state media said.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  ['fr', 'La Corée du Nord a annoncé avoir testé un nouveau missile balistique intercontinental, sous la supervision personnelle de Kim Jong-un.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  ["fr", "Pyongyang a procédé jeudi à un tir de missile balistique intercontinental, sous l'œil du dirigeant Kim Jong-un.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  ['ru', 'КНДР провела испытание межконтинентальной баллистической ракеты под личным контролем Ким Чен Ына.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['POSTURE by North Korea']],
  // A role owned by the state before it names that state's holder, not a leader named later.
  [
    'en',
    "Belarus' authoritarian president said Friday that Russia could station strategic nuclear weapons in his country, a week after President Vladimir Putin announced plans to deploy tactical nuclear weapons there.",
    [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }],
    // (Putin's own announcement in the background clause is a signal of its own since 4779d36.)
    [],
  ],
  // A cue inside a relative clause set off after a person is that person's, not the sentence subject's.
  [
    'fr',
    "Jean-Yves Le Drian a réagi.\n\nLe ministre répondait au discours prononcé à l'aube par le président russe, qui avait averti que quiconque tenterait d'entraver l'opération russe s'exposerait à des conséquences nucléaires jamais vues.",
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    ['WARNING by Jean-Yves Le Drian'],
  ],
  ['en', 'Antony Blinken was responding to Vladimir Putin, who had threatened to use nuclear weapons against any country that intervened.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], ['THREAT by Antony Blinken']],
  ['ru', 'Блинкен ответил Дмитрию Медведеву, который пригрозил применить ядерное оружие против Украины.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Antony Blinken']],
  // … a clause with a subject of its own, or after a place, is not.
  ['en', 'Lavrov criticised the New START treaty, which Russia suspended in 2023, and warned of nuclear risks.', [], ['WARNING by Russia', 'ASSESSMENT by Russia']],
  [
    'fr',
    "Une frappe américaine contre la Russie serait jugée imprudente par beaucoup à Washington, qui s'opposeraient au risque d'une guerre avec une Russie dotée de l'arme nucléaire.",
    [],
    ['ASSESSMENT by United States', 'WARNING by United States'],
  ],
  // … a launch with no one named stays the state's.
  ['en', 'North Korea test-fired an intercontinental ballistic missile under cloudy skies.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  // North Korea's state agency speaks for the state (official media, not an independent outlet).
  ['en', 'KCNA said the drills had simulated loading nuclear warheads onto tactical missiles.', [{ type: 'POSTURE', actor: 'North Korea' }], ['ASSESSMENT']],
  // A warning verb whose own subject opens the clause a third party reports is that subject's act;
  // a state's people in the plural ("американцы", "the Americans") are its authorities.
  [
    'ru',
    'Глава МИД Польши Радослав Сикорский рассказал, что американцы предупредили Россию: если она взорвёт ядерный заряд, США уничтожат все российские цели на Украине.',
    [{ type: 'WARNING', actor: 'United States' }],
    ['WARNING by Radosław Sikorski'],
  ],
  ['en', 'Sikorski said the Americans had warned Russia that any nuclear explosion would be answered.', [{ type: 'WARNING', actor: 'United States' }], ['WARNING by Radosław Sikorski']],
  // … the speaker's own warning stays his, and an adversary's reported words are the speaker's accusation.
  ['en', 'Biden said he had warned Putin that any use of nuclear weapons would be a catastrophic mistake.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  ['en', 'Lavrov said the United States warned Russia against nuclear tests.', [], ['WARNING by United States']],
  // "His office": the body of the person last named speaks for that person's state.
  [
    'en',
    'Prime Minister Benjamin Netanyahu spoke of nuclear weapons at the United Nations. His office later said he had misspoken and that Israel did not threaten anyone with nuclear weapons.',
    [{ type: 'REASSURANCE', actor: 'Israel' }],
    ['REASSURANCE by United Nations'],
  ],
  // A media person (a state-TV host, an editor) speaks for himself: his act is his (SIGNALS.md §3
  // kind media); a media outlet only reports, the act stays whoever it names. A state broadcaster's
  // figure threatens on the state's behalf; an independent expert saying the same only judges.
  ['en', 'Dmitry Kiselyov, the state television host, said that Russia was ready for nuclear war.', [{ type: 'THREAT', actor: 'Dmitry Kiselyov' }], ['THREAT by Russia', 'ASSESSMENT by Dmitry Kiselyov']],
  ['en', 'Hans Kristensen said that Russia was ready for nuclear war.', [{ type: 'ASSESSMENT', actor: 'Hans M. Kristensen' }], ['THREAT by Hans M. Kristensen', 'THREAT by Russia']],
  ['en', 'RIA Novosti reported that Russia had moved nuclear warheads to Belarus.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by RIA Novosti']],
  // A quotation's speaker closing a list of joint subjects speaks with them: the act is the list's,
  // read from its head (the last member alone was the actor before).
  [
    'en',
    'The United States, Russia, China, France and Britain said jointly that "a nuclear war cannot be won and must never be fought."',
    [
      { type: 'REASSURANCE', actor: 'United States' },
      { type: 'REASSURANCE', actor: 'Russia' },
      { type: 'REASSURANCE', actor: 'United Kingdom' },
    ],
    [],
  ],
  [
    'fr',
    "Les États-Unis, la Russie, la Chine, la France et le Royaume-Uni ont affirmé ensemble qu'« une guerre nucléaire ne peut être gagnée et ne doit jamais être menée ».",
    [{ type: 'REASSURANCE', actor: 'United States' }],
    [],
  ],
  // The owner of a speech noun whose words the sentence judges is what is judged, not who judges: past
  // the noun's phrase (a copula dash, a judgement another person closes the sentence with) the cue is
  // the judge's …
  ['ru', 'Заявления Макрона о ядерном сдерживании — это провокация, заявила Захарова.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['ACCUSATION by Emmanuel Macron']],
  ['ru', 'Заявления Макрона о ядерном сдерживании являются провокацией, заявила Захарова.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['ACCUSATION by Emmanuel Macron']],
  ['uk', 'Заяви Макрона про ядерну парасольку — небезпечна ескалація, заявив Песков.', [{ type: 'WARNING', actor: 'Dmitry Peskov' }], ['WARNING by Emmanuel Macron']],
  ['fr', 'Les propos de Macron sur la dissuasion nucléaire sont une provocation, a déclaré Maria Zakharova.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['ACCUSATION by Emmanuel Macron']],
  ['fr', "Les propos de Poutine sur l'utilisation de l'arme nucléaire sont inacceptables, a déclaré Emmanuel Macron.", [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['WARNING by Vladimir Putin']],
  ['ru', 'Слова Путина о применении ядерного оружия безответственны, заявил Макрон.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['WARNING by Vladimir Putin']],
  ['en', 'Remarks by Putin about using nuclear weapons were irresponsible, Macron said.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['WARNING by Vladimir Putin']],
  // … with no judge named, nobody in the sentence: a channel's post is its author's.
  ['ru', 'Заявления Макрона о ядерном оружии — опасная провокация.', [], ['ACCUSATION by Emmanuel Macron']],
  // … the owner's act told inside the noun's content stays the owner's.
  ['fr', "Les déclarations de Poutine selon lesquelles la Russie pourrait utiliser l'arme nucléaire ont inquiété l'Europe.", [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['en', 'Remarks by Putin that Russia could use nuclear weapons alarmed Europe.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  // … and so does a step his words report, whoever closes the sentence.
  ['en', "Macron's statement that France could extend its nuclear umbrella to Europe is a threat, Peskov said.", [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }], ['ACCUSATION by Emmanuel Macron']],
  // A mention followed at once by advice to it (a dative before a modal of necessity, "would do well
  // to", « ferait bien de ») is the one addressed, not the actor …
  ['ru', 'Лондону стоит помнить, что остров маленький, а ядерный «Сармат» большой.', [], ['THREAT by United Kingdom']],
  ['uk', "Лондону треба пам'ятати, що Росія має ядерну зброю.", [], ['THREAT by United Kingdom']],
  ['ru', 'Вашингтону стоит помнить: ядерная война не может быть выиграна.', [], ['THREAT by United States', 'REASSURANCE by United States']],
  ['fr', "Washington ferait bien de se souvenir que la Russie est prête à utiliser l'arme nucléaire.", [], ['WARNING by United States', 'THREAT by United States']],
  ['en', 'Washington would do well to remember that Russia is ready to use nuclear weapons.', [], ['THREAT by United States', 'WARNING by United States']],
  // … the one who advises, named elsewhere in the sentence, acts …
  ['ru', 'Медведев напомнил: Вашингтону стоит помнить, что у России есть ядерное оружие.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'US' }], []],
  ['uk', "Медведєв написав, що Києву слід пам'ятати про російську ядерну зброю.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['fr', "Londres ferait bien de se rappeler que la Russie est prête à utiliser l'arme nucléaire, a écrit Medvedev.", [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }], []],
  // … and a subject in the nominative before «стоит» standing, «следует» following, is still the actor.
  ['ru', 'Россия следует своей доктрине: ядерное оружие применяется лишь в ответ на агрессию.', [{ type: 'DOCTRINE', actor: 'Russia' }], []],
  ['ru', 'Москва стоит на страже стратегической стабильности и не станет первой применять ядерное оружие.', [{ type: 'REASSURANCE', actor: 'Russia' }], []],
  // After a leading clause, the main subject is the last name before the first
  // reporting verb as before the first "that"; a clause whose subject stands before its verb has no
  // speaker after it (the name after the verb is its object).
  [
    'en',
    'Since Putin had deployed tactical nuclear weapons in Belarus, Alexander Lukashenko said Russia could station strategic nuclear weapons there if the West threatened it.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }],
    ['THREAT by Russia'],
  ],
  ['fr', 'Lundi, Dmitri Medvedev a menacé Kiev de frappes nucléaires.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['fr', 'Après que Poutine a parlé, Dmitri Medvedev a menacé Kiev de frappes nucléaires.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // … a reporting verb a comma parts from the cue belongs to the leading clause, not the main one.
  [
    'fr',
    "Peu de temps avant que ce que l'Occident a qualifié de simulacres de référendums dans certaines parties de l'Ukraine, la Russie ait annoncé son intention d'annexer, Poutine a affirmé sans preuve que l'Occident avait menacé d'utiliser des armes nucléaires contre la Russie.",
    [{ type: 'ACCUSATION', actor: 'Vladimir Putin' }],
    ['ACCUSATION by Russia'],
  ],
  // … a speaker after the verb still is one (", a déclaré Lavrov"; a role of the same person before him).
  ['fr', "La Russie n'utilisera pas l'arme nucléaire en Ukraine, a déclaré le ministre russe Sergueï Lavrov.", [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], []],
  // A place named inside the sentence after a locative preposition is where the step happens, not
  // who takes it; opening the sentence, «В Кремле заявили» is who speaks.
  ['ru', 'Переговоры о стратегической стабильности в Каире перенесены на более поздний срок, сообщили накануне в МИД России.', [], ['ARMS_CONTROL by Egypt', 'CONTACT by Egypt']],
  ['ru', 'В Кремле заявили, что переговоры о стратегической стабильности перенесены на более поздний срок.', [{ type: 'CONTACT', actor: 'Russia' }], []],
];

test('attribution rows: whose act each short text reports', () => {
  const failures = ACTORS.flatMap(([lang, text, expected, absent]) => {
    const doc = pipeline.run({ source: 'rule-table', content: text, format: 'text', meta: { lang, published: '2024-07-28' } });
    return hitFailures(`${lang} "${text}"`, doc.signals, expected, absent);
  });
  assert.deepEqual(failures, []);
});

/**
 * Russian and Ukrainian cue families this file's rows rely on (data/ru, data/uk `signal-cues.txt`):
 * [language, text, signals that must be found, what must not be found]. Texts of our own.
 */
const CUES: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Consequences of use told as the response it would bring, in the verb's forms.
  [
    'ru',
    'Глава евродипломатии Жозеп Боррель заявил, что любой ядерный удар по Украине вызовет настолько мощный ответ, что российская армия будет уничтожена.',
    [{ type: 'WARNING', actor: 'Josep Borrell' }],
    [],
  ],
  ['ru', 'Госсекретарь Энтони Блинкен заявил, что любые ядерные удары по Украине вызовут ответ, который Москва почувствует.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  [
    'uk',
    'Міністр закордонних справ Андрій Сибіга заявив, що будь-яке застосування ядерної зброї викличе жорстку відповідь, і російські війська буде знищено.',
    [{ type: 'WARNING', actor: 'Andrii Sybiha' }],
    [],
  ],
  // A doctrine stated as its conditions is a doctrine, not a threat.
  [
    'ru',
    'МИД России напомнил, что применение ядерного оружия допускается исключительно в ответ на агрессию с применением оружия массового уничтожения.',
    [{ type: 'DOCTRINE', actor: 'Russia' }],
    ['THREAT'],
  ],
  // Storage of nuclear weapons on an ally's territory is a deployment.
  [
    'ru',
    'Министр обороны Сергей Шойгу подписал документы о порядке содержания российского ядерного оружия в специальном хранилище на территории Белоруссии.',
    [{ type: 'POSTURE', actor: 'Sergei Shoigu' }],
    [],
  ],
  // A place opening the sentence after a locative preposition is where, not who.
  [
    'ru',
    'В Минске министр обороны России Сергей Шойгу подписал документы о размещении ядерного оружия в Белоруссии.',
    [{ type: 'POSTURE', actor: 'Sergei Shoigu' }],
    ['POSTURE by Belarus'],
  ],
  // A step told after a colon belongs to the colon clause's own subject; any act does when the frame
  // is the state the person speaks for.
  ['ru', 'Песков рассказал о главном: Путин утвердил обновлённую ядерную доктрину.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['DOCTRINE by Dmitry Peskov']],
  [
    'ru',
    'Китайская сторона выразилась осторожнее: председатель КНР Си Цзиньпин призвал мировое сообщество выступить против применения ядерного оружия.',
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['WARNING by China'],
  ],
  // A person owning the body that speaks ("Yoon's office") is not the subject.
  [
    'en',
    "Yoon's office said South Korea remained committed to the Nuclear Non-Proliferation Treaty and would not develop its own nuclear weapons.",
    [{ type: 'REASSURANCE', actor: 'South Korea' }],
    ['REASSURANCE by Yoon Suk Yeol'],
  ],
];

test('Russian and Ukrainian cue rows: what each short text reports', () => {
  const failures = CUES.flatMap(([lang, text, expected, absent]) => {
    const doc = pipeline.run({ source: 'rule-table', content: text, format: 'text', meta: { lang, published: '2023-05-25' } });
    return hitFailures(`${lang} "${text}"`, doc.signals, expected, absent);
  });
  assert.deepEqual(failures, []);
});
