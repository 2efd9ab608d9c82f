import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../pipeline/index.ts';
import { isWeaponNews, type WeaponNews } from './weapon-news.ts';

const pipeline = createPipeline();

/** Runs the whole pipeline on a text document: its first line is the headline. */
function relevant(text: string): boolean {
  return pipeline.run({ source: 'test', content: text, format: 'text', meta: {} }).relevant;
}

/**
 * [case, document, relevant?]: documents with no threat cue to fire, so the
 * relevance stage's own judgement of the document decides.
 */
const CASES: readonly [string, string, boolean][] = [
  // Hits: weapon news whose acts no cue lexicon names.
  [
    'en: a test launch told in the passive, headline and lead',
    'Russia test-fires Yars intercontinental missile from Plesetsk\n\nOctober 30, 2024\n\nA Yars intercontinental ballistic missile was launched from the Plesetsk cosmodrome on Tuesday and its training warhead hit the target on the Kura range in Kamchatka.\n\nThe launch was part of a training exercise.',
    true,
  ],
  [
    'en: an official answering on a weapon in orbit, deep in a transcript',
    'Transcript: the White House on a Russian satellite programme\n\nFebruary 15, 2024\n\nThe White House held its daily briefing on Thursday. Reporters asked about the budget, the border and a Russian satellite programme.\n\nQ: Would putting a nuclear weapon in orbit break the law?\n\nJohn Kirby said any such deployment would breach the Outer Space Treaty, which Russia has signed and ratified.\n\nThe briefing then turned to the economy.',
    true,
  ],
  [
    'fr: a deployment reported by a ministry, with weapons in the headline',
    'La Russie a achevé le déploiement d’armes nucléaires tactiques au Bélarus\n\n14 juin 2024\n\nLe ministère bélarusse de la défense a indiqué que des ogives nucléaires tactiques russes étaient désormais stockées sur son territoire.\n\nLes missiles Iskander-M du Bélarus peuvent emporter ces ogives.',
    true,
  ],
  [
    'ru: a channel post dense with delivery systems',
    'Военкор\n\nПервые серийные «Орешники» уже поступают в войска. Место для развёртывания «Орешника» в Белоруссии выбрано.\n\nНапомню, «Орешник» способен нести и ядерную, и обычную боевую часть. Это весьма прозрачный намёк Европе.',
    true,
  ],
  [
    'ru: an official’s own channel naming weapons, no cue, no name in the sentences',
    'Дмитрий Медведев\n\nЕвропейские политики снова рассуждают о собственном ядерном арсенале. Пусть вспомнят, чем заканчивались такие разговоры.\n\nУ России хватит средств, включая ядерное оружие, и об этом полезно помнить в Париже и Берлине.',
    true,
  ],
  [
    'uk: a minister on the weapons in the headline',
    'Сибіга: ядерна зброя в Білорусі загрожує всій Європі\n\n12 березня 2025\n\nМіністр закордонних справ України Андрій Сибіга заявив, що розміщення російської ядерної зброї в Білорусі загрожує безпеці всієї Європи.\n\nВін закликав партнерів посилити тиск на Мінськ.',
    true,
  ],
  [
    'en: today’s act against a background of 1998, not a history piece',
    'Britain to buy jets able to carry nuclear bombs\n\nJune 25, 2025\n\nBritain will buy twelve F-35A jets able to carry American B61 nuclear bombs, Prime Minister Keir Starmer announced on Tuesday.\n\nThe Royal Air Force gave up its last free-fall nuclear weapons in 1998.\n\nThe jets will join NATO’s nuclear mission.',
    true,
  ],
  // Misses: weapon words with no act of an official, civil or figurative nuclear words.
  [
    'en: experts’ advice naming NATO, no official acting',
    'How the West should answer nuclear brinkmanship\n\nMarch 12, 2024\n\nWe asked five specialists in deterrence and arms control what governments ought to do.\n\nMany recommend that NATO strengthen conventional forces on its eastern flank, so that allies would never feel they had to rely on nuclear weapons.\n\nAll agree that deterrence works best when it is boring.',
    false,
  ],
  [
    'en: experts’ advice naming states in two sentences',
    'Five ideas for the West\n\nMarch 12, 2024\n\nWe asked five specialists what governments ought to do about the war.\n\nMany recommend that NATO strengthen its conventional forces so that allies never have to rely on nuclear weapons.\n\nSome experts say Washington should revive nuclear arms control talks with Moscow and Beijing.\n\nAll agree that deterrence works best when it is boring.',
    false,
  ],
  [
    'en: a parliament’s nuclear option',
    'Senate Republicans go nuclear to speed through nominees\n\nSeptember 12, 2025\n\nSenate Republicans changed the chamber’s rules on Thursday so that President Donald Trump’s nominees can be confirmed in batches, the latest use of the nuclear option.\n\nDemocrats said the fallout would outlast the current majority.',
    false,
  ],
  [
    'en: a film about the bomb',
    '“Oppenheimer” sweeps the Oscars\n\nMarch 11, 2024\n\nChristopher Nolan’s film about the physicist who led the Manhattan Project won seven Academy Awards on Sunday.\n\nCillian Murphy said the film was about the man who built the atomic bomb.\n\nIt has grossed nearly $1 billion worldwide.',
    false,
  ],
  [
    'en: history of a president’s decision in 1945',
    'Review: a new biography revisits the decision to drop the bomb\n\nJune 3, 2024\n\nThe historian argues that President Harry Truman approved the use of atomic bombs on Hiroshima and Nagasaki in August 1945 without grasping how many civilians would die.\n\nThe book is published by Knopf and runs to 600 pages.',
    false,
  ],
  [
    'en: a conventional missile strike, dual-capable systems named',
    'Russia pounds Kyiv with ballistic missiles and drones overnight\n\nJuly 8, 2024\n\nRussia fired more than 40 ballistic and cruise missiles at Ukrainian cities on Monday, hitting a children’s hospital in Kyiv, President Volodymyr Zelenskyy said.\n\nThe Russian Defence Ministry said it had struck military targets with Kinzhal hypersonic missiles.',
    false,
  ],
  [
    'en: nuclear-powered submarines with conventional weapons',
    'Australia signs deal for nuclear-powered submarines\n\nMarch 14, 2023\n\nPrime Minister Anthony Albanese said Australia would buy up to five Virginia-class nuclear-powered submarines from the United States.\n\nThe submarines will carry conventional weapons only.',
    false,
  ],
  [
    'fr: a conventional missile strike',
    'Frappes massives de missiles balistiques russes sur l’Ukraine\n\n8 juillet 2024\n\nLa Russie a tiré plus de 40 missiles balistiques et de croisière sur des villes ukrainiennes lundi, a déclaré le président Volodymyr Zelensky.\n\nUn hôpital pour enfants a été touché à Kiev.',
    false,
  ],
  [
    'ru: a conventional strike with dual-capable missiles',
    'Минобороны: нанесён массированный удар ракетами «Кинжал»\n\n8 июля 2024\n\nВооружённые силы России нанесли массированный удар ракетами «Кинжал» и «Калибр» по объектам ВПК Украины, сообщили в Минобороны.\n\nВсе цели поражены.',
    false,
  ],
  [
    'fr: a government’s « arme nucléaire » of a procedure',
    'Retraites : Élisabeth Borne dégaine l’arme nucléaire du 49.3\n\n16 mars 2023\n\nLa première ministre Élisabeth Borne a engagé jeudi la responsabilité de son gouvernement sur la réforme des retraites, recourant à l’arme nucléaire du 49.3 pour éviter un vote incertain.\n\nLes oppositions ont annoncé le dépôt de motions de censure.',
    false,
  ],
  [
    'fr: a uranium mine',
    'Uranium : le Niger retire à Orano son permis d’exploitation\n\n21 juin 2024\n\nLe gouvernement nigérien a retiré jeudi au groupe Orano le permis d’exploitation du gisement d’uranium d’Imouraren.\n\nEDF assure disposer de stocks pour alimenter ses centrales nucléaires pendant plusieurs années.',
    false,
  ],
  [
    'ru: a museum of the first Soviet bomb',
    'В Сарове открылась выставка к юбилею первой советской атомной бомбы\n\n29 августа 2024\n\nВ музее ядерного оружия в Сарове открылась выставка, посвящённая 75-летию испытания в 1949 году.\n\nПосетители увидят макет бомбы и документы учёных.',
    false,
  ],
  [
    'ru: a nuclear plant’s power restored',
    'На Запорожской АЭС восстановили внешнее электроснабжение\n\n23 октября 2025\n\nЗапорожская атомная станция снова получает электроэнергию из сети, сообщил глава «Росатома» Алексей Лихачёв.\n\nВсе шесть энергоблоков находятся в режиме холодного останова.',
    false,
  ],
  [
    'ru: a ministry’s own channel on a nuclear plant’s power',
    'МИД России 🇷🇺\n\nЗапорожская АЭС снова получает электроэнергию из внешней сети. Мы высоко оцениваем работу специалистов МАГАТЭ на станции.\n\nРеакторы находятся в режиме холодного останова, радиационный фон в норме.',
    false,
  ],
  [
    'uk: a nuclear plant’s safety',
    'МАГАТЕ: Запорізька АЕС знову без зовнішнього живлення\n\n5 липня 2023\n\nЗапорізька атомна електростанція втратила зовнішнє живлення, повідомив генеральний директор МАГАТЕ Рафаель Гроссі.\n\nРеактори перебувають у стані холодного зупинення.',
    false,
  ],
];

test('relevance without a signal: weapon news yes, advice, figures, films, history and civil news no', () => {
  for (const [label, text, expected] of CASES) assert.equal(relevant(text), expected, label);
});

const NEWS: WeaponNews = { weaponSentences: 1, sentences: 10, inTitle: false, inLead: false, acting: 0, actingPerson: 0, actingInLead: false, officialVoice: false, historical: false };

/** [case, measurements, weapon news?] */
const RULES: readonly [string, Partial<WeaponNews>, boolean][] = [
  ['one weapon sentence, nobody acting', {}, false],
  ['dense: half the sentences name weapons', { weaponSentences: 5 }, true],
  ['two of four sentences: too few to be dense', { weaponSentences: 2, sentences: 4 }, false],
  ['headline and lead name weapons', { inTitle: true, inLead: true }, true],
  ['headline alone', { inTitle: true }, false],
  ['an institution acting in an aside', { acting: 1 }, false],
  ['an institution acting further down, weapons in the lead', { acting: 1, inLead: true }, false],
  ['institutions acting in two sentences', { acting: 2, weaponSentences: 2 }, true],
  ['an institution acting in the lead', { acting: 1, inLead: true, actingInLead: true }, true],
  ['an institution acting, weapons in the headline', { acting: 1, inTitle: true }, true],
  ['a person acting on weapons', { acting: 1, actingPerson: 1 }, true],
  ['an official’s own post naming weapons', { officialVoice: true }, true],
  ['an official’s own post naming none', { officialVoice: true, weaponSentences: 0 }, false],
  ['a person acting, but in history', { acting: 1, actingPerson: 1, historical: true }, false],
  ['dense, but history', { weaponSentences: 5, historical: true }, false],
  ['headline and lead, but history', { inTitle: true, inLead: true, historical: true }, false],
];

test('isWeaponNews: density, headline and lead, officials acting, history', () => {
  for (const [label, n, expected] of RULES) assert.equal(isWeaponNews({ ...NEWS, ...n }), expected, label);
});
