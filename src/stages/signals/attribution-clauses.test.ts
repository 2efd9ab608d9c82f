import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/**
 * Whose act it is when the sentence names someone who does not act in it: [language, text, the
 * signals that must be found, what must not be found ("TYPE" or "TYPE by Actor")]. Each class is
 * written as the language states it, with rows where it applies and rows where it must not.
 */
type Row = readonly [string, string, readonly Expected[], readonly string[]];

/**
 * A list under a governing word: the word ("by", "between", "подписанном") governs every member
 * joined to the first by a conjunction, so none of them is the clause's subject.
 */
const GOVERNED_LISTS: readonly Row[] = [
  [
    'en',
    'In a joint statement signed by Putin and Xi Jinping, Russia and China said a nuclear war must never be fought.',
    [
      { type: 'REASSURANCE', actor: 'Russia' },
      { type: 'REASSURANCE', actor: 'China' },
    ],
    ['REASSURANCE by Xi Jinping', 'REASSURANCE by Vladimir Putin'],
  ],
  [
    'fr',
    'Dans une déclaration commune signée par Vladimir Poutine et Xi Jinping, la Russie et la Chine affirment qu’une guerre nucléaire ne saurait être gagnée.',
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    ['REASSURANCE by Xi Jinping', 'REASSURANCE by Vladimir Putin'],
  ],
  [
    'ru',
    'В совместном заявлении, подписанном Путиным и Си Цзиньпином, Россия и Китай заявили, что в ядерной войне не может быть победителей.',
    [
      { type: 'REASSURANCE', actor: 'Russia' },
      { type: 'REASSURANCE', actor: 'China' },
    ],
    ['REASSURANCE by Xi Jinping', 'REASSURANCE by Vladimir Putin'],
  ],
  // Misses: the members of a list that is the subject act, each of them …
  [
    'en',
    'Russia and China said a nuclear war must never be fought and cannot be won.',
    [
      { type: 'REASSURANCE', actor: 'Russia' },
      { type: 'REASSURANCE', actor: 'China' },
    ],
    [],
  ],
  // … and after a comma a new clause may open on its own subject.
  ['en', 'The talks with Russia stalled, and Biden warned that any use of nuclear weapons would be a catastrophic mistake.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
];

/**
 * A condition's subject ("if Russia used…", "если Россия применит…") is who would act were it met: a
 * supposition of the speaker's, not the actor of a threat or a step.
 */
const CONDITIONS: readonly Row[] = [
  ['ru', 'Байден рассказал, что будет, если Россия применит ядерное оружие на Украине.', [], ['THREAT by Russia']],
  ['en', 'Biden described what would happen if Russia used nuclear weapons in Ukraine.', [], ['THREAT by Russia']],
  // Misses: the main clause after the condition has its own subject …
  ['ru', 'Если НАТО нападёт на Белоруссию, Россия применит ядерное оружие.', [{ type: 'THREAT', actor: 'Russia' }], []],
  ['ru', 'Медведев заявил, что если Украина нападёт на Крым, Россия применит ядерное оружие.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Ukraine']],
  // … and the speaker's warning of the consequences stays the speaker's.
  ['ru', 'Если Россия применит ядерное оружие, ответ будет сокрушительным, заявил Байден.', [{ type: 'WARNING', actor: 'Joe Biden' }], ['THREAT by Russia']],
  ['fr', 'Si la Russie utilise l’arme nucléaire en Ukraine, la réponse sera dévastatrice, a déclaré Emmanuel Macron.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT by Russia']],
];

/**
 * A "that" after a verb joined to the main one by a conjunction ("…, and reaffirmed that") belongs to
 * the main subject: the subject of an earlier reported clause is not the quotation's speaker.
 */
const COORDINATED_VERBS: readonly Row[] = [
  [
    'en',
    'Biden told the assembly that Russia had violated the UN charter, and reaffirmed that a nuclear war "must never be fought".',
    [{ type: 'REASSURANCE', actor: 'Joe Biden' }],
    ['REASSURANCE by Russia'],
  ],
  ['fr', 'Emmanuel Macron a affirmé que la Russie avait violé la Charte, et a réaffirmé qu’une guerre nucléaire « ne peut être gagnée ».', [{ type: 'REASSURANCE', actor: 'Emmanuel Macron' }], ['REASSURANCE by Russia']],
  ['ru', 'Байден заявил, что Россия нарушила Устав ООН, и подтвердил, что «в ядерной войне не может быть победителей».', [{ type: 'REASSURANCE', actor: 'Joe Biden' }], ['REASSURANCE by Russia']],
  // Misses: a "that" after a noun ("a statement that") goes on the reported clause before it.
  [
    'en',
    'Blinken noted that in January Russia signed a statement that "a nuclear war cannot be won and must never be fought".',
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    ['REASSURANCE by Antony Blinken'],
  ],
  ['fr', 'Emmanuel Macron a rappelé que la Russie avait signé une déclaration selon laquelle « une guerre nucléaire ne peut être gagnée ».', [{ type: 'REASSURANCE', actor: 'Russia' }], []],
];

/**
 * The one a verb of judgement judges ("condemned", « condamné », «осудили»), even as the owner of what
 * is judged ("condemned the DPRK's rhetoric"), is its object: not the judge, whom the text may not name.
 */
const JUDGED: readonly Row[] = [
  ['en', "The co-chairs condemned the DPRK's continued development of nuclear and ballistic missile programs.", [], ['WARNING by North Korea']],
  ['en', "The ministers denounced Moscow's nuclear threats as reckless.", [], ['WARNING by Russia']],
  ['fr', 'Les ministres ont condamné la Russie pour ses menaces nucléaires irresponsables.', [], ['WARNING by Russia']],
  ['ru', 'Министры осудили Россию за безответственные ядерные угрозы.', [], ['WARNING by Russia']],
  ['uk', 'Міністри засудили Росію за ядерні погрози.', [], ['WARNING by Russia']],
  // Misses: the judge named before the verb stays the actor.
  ['en', "Lavrov condemned NATO's nuclear exercises as a provocation.", [{ type: 'WARNING', actor: 'Sergey Lavrov' }], ['WARNING by NATO']],
  ['ru', 'Россия осудила размещение американского ядерного оружия в Европе.', [{ type: 'WARNING', actor: 'Russia' }], ['WARNING by United States']],
  ['fr', 'Le G7 dénonce la rhétorique nucléaire de Moscou.', [{ type: 'WARNING', actor: 'G7' }], ['WARNING by Russia']],
];

/** The one accused (en "accused", fr « accusé », ru «обвинил», uk «звинуватив») is the object, not the accuser. */
const ACCUSED: readonly Row[] = [
  ['en', "The Russian Foreign Ministry spoke on Tuesday. It accused Washington of creating a direct threat to Russia's security with its nuclear deployments.", [], ['ACCUSATION by United States']],
  // Misses: the accuser named before the verb keeps the act.
  ['en', 'Russia accused Ukraine of preparing to detonate a dirty bomb.', [{ type: 'ACCUSATION', actor: 'Russia' }], ['ACCUSATION by Ukraine']],
  ['en', 'Moscow has accused the West of nuclear blackmail.', [{ type: 'ACCUSATION', actor: 'Russia' }], []],
];

/**
 * A sentence closing on its source (", the report says", ", a new U.S. assessment says") gives its words
 * to that source, the state named in it or an unnamed one; never to the state the words are about.
 */
const CLOSING_SOURCES: readonly Row[] = [
  ['en', 'Beijing now has more than 500 operational warheads and is on track to pass 1,000 by 2030, a new U.S. assessment says.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['ASSESSMENT by China']],
  ['fr', "La Chine pourrait envisager l'emploi de l'arme nucléaire en cas de défaite, estime le rapport.", [], ['ASSESSMENT by China']],
  ['en', 'China would probably consider nuclear use if it faced defeat in a war over Taiwan, analysts say.', [], ['ASSESSMENT by China']],
  ['ru', 'Китай может к 2030 году нарастить ядерный арсенал до 1000 боеголовок, говорится в докладе.', [], ['ASSESSMENT by China']],
  // Misses: a named speaker closing the sentence, and a step, which keeps its agent; a person left
  // unnamed reports the subject's act; a clause of background or of reported speech is no source.
  ['ru', 'Вчера США по закрытым каналам предупредили Москву о последствиях применения ядерного оружия, сообщил источник.', [{ type: 'WARNING', actor: 'United States' }], []],
  ['en', 'The United States warned Moscow of catastrophic consequences if it used nuclear weapons, a source said.', [{ type: 'WARNING', actor: 'United States' }], []],
  ['ru', 'Байден заявил, что Путин пригрозил Европе ядерным оружием.', [], ['THREAT by Vladimir Putin']],
  ['en', 'Russia would use nuclear weapons if its existence were threatened, Putin said.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['en', 'Russia would use nuclear weapons if its existence were threatened, the Kremlin said.', [{ type: 'THREAT', actor: 'Russia' }], []],
];

/** A fronted phrase ending on a place sets the scene of the act of the person named right after its comma. */
const SCENES: readonly Row[] = [
  ['en', 'Speaking to reporters in Tokyo, Blinken warned that any use of nuclear weapons would have catastrophic consequences.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['WARNING by Japan']],
  ['en', 'Speaking in Tokyo, Blinken warned that any use of nuclear weapons would have catastrophic consequences.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['WARNING by Japan']],
  ['ru', 'Выступая в Вене, Лавров предупредил, что Россия ответит на любую ядерную угрозу.', [{ type: 'THREAT', actor: 'Sergey Lavrov' }], ['THREAT by Austria']],
  // Misses: a state named as the one who speaks, after the phrase, keeps the act.
  ['en', "At a conference in Vienna, Austria's foreign minister said Russia's nuclear threats were unacceptable.", [{ type: 'WARNING', actor: 'Austria' }], ['WARNING by Russia']],
];

/**
 * The owner of words a sentence judges (a post, remarks, rhetoric: attribution-cues `speaker-noun`) is
 * what is judged; the owner's own act told inside the noun's content stays the owner's.
 */
const JUDGED_WORDS: readonly Row[] = [
  ['uk', 'Вчорашній допис Медведєва про «Третю світову» — черговий приклад російського ядерного шантажу.', [], ['ACCUSATION by Dmitry Medvedev']],
  ['uk', 'Висловлювання Медведєва про ядерну війну — черговий приклад ядерного шантажу.', [], ['ACCUSATION by Dmitry Medvedev']],
  ['ru', 'Высказывания Медведева о ядерном ударе — очередной пример ядерного шантажа, заявила Захарова.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['ACCUSATION by Dmitry Medvedev']],
  // Misses: the owner's act inside the noun's content.
  ['ru', 'Высказывания Медведева о том, что Россия может применить ядерное оружие, встревожили Европу.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['uk', 'Допис Медведєва про те, що Росія може застосувати ядерну зброю, стривожив Європу.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
];

/** A state fused to "-made", "-built" says who makes the weapon, not who acts with it (as "-based" says where one sits). */
const MAKERS: readonly Row[] = [
  [
    'en',
    "Germany will buy up to 35 U.S.-made F-35 fighter jets to carry American nuclear bombs under NATO's nuclear-sharing arrangement, Defense Minister Christine Lambrecht said.",
    [{ type: 'POSTURE', actor: 'Christine Lambrecht' }],
    ['POSTURE by United States'],
  ],
  ['en', 'Poland will station Russian-built nuclear-capable missiles on its soil, the defence minister said.', [], ['POSTURE by Russia']],
  // Misses: the state acting with a weapon it makes is still the actor.
  ['en', 'The United States deployed U.S.-made nuclear bombs to Europe in the 1950s.', [{ type: 'POSTURE', actor: 'United States' }], []],
];

/**
 * «Об этом заявил X» names the speaker of the sentences before it; a clause set off after the verb's own
 * by a participle of signing or a relative pronoun qualifies the document, and its people do not speak.
 */
const POINTED_BACK: readonly Row[] = [
  [
    'ru',
    'Россия и Китай подтвердили, что в ядерной войне не может быть победителей. Об этом говорится в совместном заявлении, подписанном по итогам переговоров Владимира Путина и Си Цзиньпина.',
    [
      { type: 'REASSURANCE', actor: 'Russia' },
      { type: 'REASSURANCE', actor: 'China' },
    ],
    ['REASSURANCE by Vladimir Putin'],
  ],
  // Misses: a clause before the verb, or after the name, leaves the speaker named after the verb.
  ['ru', 'Москва не исключает применения ядерного оружия в ответ на агрессию. Об этом, выступая на брифинге, заявила Мария Захарова.', [{ type: 'THREAT', actor: 'Maria Zakharova' }], []],
  ['ru', 'Россия ответит на размещение ядерного оружия в Польше. Об этом заявил Сергей Лавров, выступая на пресс-конференции.', [{ type: 'THREAT', actor: 'Sergey Lavrov' }], []],
];

/**
 * A judgement under a source phrase opening the sentence (« selon », "according to", «по данным») is the
 * source's, or nobody's when the source is a document left unnamed; never the state it is about.
 */
const OPENING_SOURCES: readonly Row[] = [
  ['fr', "Selon les estimations de la Fédération des scientifiques américains, l'Inde disposerait d'environ 170 ogives nucléaires.", [], ['ASSESSMENT by India']],
  ['fr', "Selon le rapport annuel de l'institut suédois, la Chine possède au moins 600 ogives nucléaires.", [], ['ASSESSMENT by China']],
  // Misses: a speaker of the sentence's own, a media outlet as the source, a person named as the source.
  ['fr', "Selon l'agence officielle KCNA, Kim Jong-un a déclaré que son pays était prêt à utiliser l'arme nucléaire contre ses ennemis.", [{ type: 'THREAT', actor: 'Kim Jong Un' }], ['THREAT by North Korea']],
  ['fr', "Selon le Wall Street Journal, les États-Unis ont averti la Russie en privé des conséquences catastrophiques d'un recours à l'arme nucléaire.", [{ type: 'WARNING', actor: 'United States' }], []],
  ['en', 'According to Peskov, Russia will respond to any nuclear threat.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], []],
];

for (const [name, rows] of [
  ['governed lists', GOVERNED_LISTS],
  ['conditions', CONDITIONS],
  ['coordinated verbs', COORDINATED_VERBS],
  ['judged objects', JUDGED],
  ['accused', ACCUSED],
  ['closing sources', CLOSING_SOURCES],
  ['scenes', SCENES],
  ['judged words', JUDGED_WORDS],
  ['makers', MAKERS],
  ['speakers pointed back', POINTED_BACK],
  ['opening sources', OPENING_SOURCES],
] as const) {
  test(`attribution clauses: ${name}`, () => {
    const failures = rows.flatMap(([lang, text, expected, absent]) => hitFailures(`${lang} "${text}"`, signalsOf(lang, text, '2024-05-01'), expected, absent));
    assert.deepEqual(failures, []);
  });
}
