/**
 * Rule tables for constructions that carry an act without the cue words the first rule rounds were
 * written from: modals before a step, refusals, hedged judgements of someone else's policy, acts
 * judged or denied with no cue verb, targets of any state the gazetteer knows. Each row runs the
 * whole pipeline (sentences, actors from the gazetteer, quotes) on a short article, in English and
 * French, so the rows exercise what an unseen article goes through.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';


/** Rows are dated as published on 2025-11-05. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2025-11-05');


/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const HITS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // A modal before a step keeps the act: a step promised on a condition is a threat…
  [
    'en',
    'Kremlin spokesman Dmitry Peskov said Russia could resume nuclear testing if the United States did so.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov', target: 'US' }],
    ['POSTURE'],
  ],
  [
    'fr',
    'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la Russie pourrait reprendre les essais nucléaires si les États-Unis le faisaient.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov', target: 'US' }],
    ['POSTURE'],
  ],
  // … an announced possible step is a step one level down …
  [
    'en',
    'Vladimir Putin said on Friday that Russia may deploy nuclear weapons in Belarus next year.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 5 }],
    [],
  ],
  // … and the adversary's possible step, in an official's mouth, is the official's judgement.
  [
    'en',
    'Secretary of State Antony Blinken said Russia could deploy a nuclear weapon in orbit.',
    [{ type: 'ASSESSMENT', actor: 'Antony Blinken' }],
    ['POSTURE'],
  ],
  // A refusal of a nuclear response on a condition is a doctrine statement, not a threat.
  [
    'fr',
    "Emmanuel Macron a exclu mercredi toute riposte nucléaire française si la Russie employait l'arme atomique en Ukraine.",
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    ['THREAT'],
  ],
  [
    'en',
    'Emmanuel Macron on Wednesday ruled out a French nuclear response if Russia used a nuclear weapon in Ukraine.',
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    ['THREAT'],
  ],
  // A hedged judgement of the adversary's doctrine is the judge's assessment, not the adversary's doctrine.
  [
    'en',
    'US intelligence officials assess that Putin would use nuclear weapons only if the existence of the Russian state were threatened.',
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['DOCTRINE', 'THREAT'],
  ],
  // Judgements of risk with no assessment verb.
  [
    'en',
    'Dan Smith, the director of the Stockholm International Peace Research Institute, said the danger of nuclear use was higher than it had been for decades.',
    [{ type: 'ASSESSMENT', actor: 'Dan Smith' }],
    [],
  ],
  [
    'fr',
    "L'Institut international de recherche sur la paix de Stockholm juge qu'une nouvelle course aux armements nucléaires est en train de se dessiner.",
    [{ type: 'ASSESSMENT', actor: 'Stockholm International Peace Research Institute' }],
    [],
  ],
  // Denials of capability: no nuclear explosion, no nuclear weapons aboard.
  [
    'en',
    'The Kremlin said the tests of its new missiles were not nuclear explosions and did not breach the moratorium.',
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    ['POSTURE'],
  ],
  [
    'fr',
    'Le Kremlin a assuré que ces essais ne sont pas des explosions nucléaires.',
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    ['POSTURE'],
  ],
  // A state's nuclear status restated is doctrine.
  [
    'fr',
    "Kim Jong-un a déclaré dimanche que la Corée du Nord ne renoncerait jamais à l'arme nucléaire.",
    [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }],
    [],
  ],
  [
    'en',
    'Kim Jong Un said on Sunday that North Korea would never give up its nuclear weapons.',
    [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }],
    [],
  ],
  // Refusing arms control talks is an arms-control act, not a contact.
  [
    'en',
    'China dismissed calls to join nuclear disarmament talks with the United States and Russia.',
    [{ type: 'ARMS_CONTROL', actor: 'China' }],
    ['CONTACT'],
  ],
  // "As" before a later name opens no clause of that name's: the pronoun's act stays the speaker's.
  [
    'en',
    'Press secretary John Kirby said Moscow had notified Washington before the test of its nuclear-capable missile. He described the test as routine and said the United States did not see it as a threat to its allies.',
    [{ type: 'ASSESSMENT', actor: 'John Kirby' }],
    ['ASSESSMENT by United States'],
  ],
  // A spokesperson reporting a private message reports the state's act (§1).
  [
    'en',
    'State Department spokesman Ned Price said the United States had privately warned Moscow that any use of nuclear weapons would have catastrophic consequences.',
    [{ type: 'WARNING', actor: 'United States' }],
    ['WARNING by Ned Price'],
  ],
  [
    'fr',
    "Le porte-parole du département d'Etat, Ned Price, a rappelé que les Etats-Unis avaient fait savoir à Moscou, par des canaux privés, que tout emploi de l'arme nucléaire aurait des conséquences catastrophiques.",
    [{ type: 'WARNING', actor: 'United States' }],
    ['WARNING by Ned Price'],
  ],
  // A spokesperson's title names the person right after it, not a later name in the sentence.
  [
    'en',
    'Kremlin spokesman Dmitry Peskov told reporters Putin had not ordered preparations for a nuclear test to begin.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  // Each person of a joint subject acts, whichever of them attribution settles on first.
  [
    'en',
    'MINSK, Belarus (AP) — Russian President Vladimir Putin and Belarusian President Alexander Lukashenko signed a treaty on Friday that commits Moscow to defend its ally with all its forces, including nuclear weapons.',
    [
      { type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 4 },
      { type: 'DOCTRINE', actor: 'Alexander Lukashenko', severity: 4 },
    ],
    [],
  ],
  // A routine doctrine restated beside a reassurance of the same side is the reassurance's content.
  [
    'en',
    'Foreign ministry spokesperson Guo Jiakun said China followed a defensive nuclear strategy and would never be the first to use nuclear weapons.',
    [{ type: 'REASSURANCE', actor: 'Guo Jiakun' }],
    ['DOCTRINE'],
  ],
  // A step in a sentence that names nobody is the forces' state's, not the person named before.
  [
    'en',
    'Vladimir Putin visited the Northern Fleet on Tuesday. Strategic bombers capable of carrying nuclear weapons then flew drills over the Barents Sea.',
    [{ type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by Vladimir Putin'],
  ],
  [
    'fr',
    "Vladimir Poutine a visité mardi la flotte du Nord. Des bombardiers stratégiques capables de porter l'arme nucléaire ont ensuite mené des exercices en mer de Barents.",
    [{ type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by Vladimir Putin'],
  ],
  // "The two leaders" points back to the two people last named, in a later paragraph too.
  [
    'en',
    'President Joe Biden met President Xi Jinping of China in Lima on Saturday.\n\nThe two leaders affirmed the need to maintain human control over the decision to use nuclear weapons.',
    [
      { type: 'REASSURANCE', actor: 'Joe Biden' },
      { type: 'REASSURANCE', actor: 'Xi Jinping' },
    ],
    [],
  ],
  [
    'fr',
    "Joe Biden a rencontré samedi à Lima le président chinois Xi Jinping.\n\nLes deux dirigeants ont affirmé la nécessité d'un contrôle humain sur la décision d'employer l'arme nucléaire.",
    [
      { type: 'REASSURANCE', actor: 'Joe Biden' },
      { type: 'REASSURANCE', actor: 'Xi Jinping' },
    ],
    [],
  ],
  // A capital fronted as a place ("In Washington,") is where the speaker named after it spoke.
  [
    'en',
    'Putin said Russia was ready for nuclear war. In Washington, National Security Council spokesman John Kirby called the remarks reckless and irresponsible.',
    [
      { type: 'THREAT', actor: 'Vladimir Putin', severity: 4 },
      { type: 'WARNING', actor: 'John Kirby' },
    ],
    ['WARNING by United States'],
  ],
  [
    'fr',
    "Poutine a menacé l'Occident de l'arme nucléaire. A Washington, le porte-parole John Kirby a jugé ces propos irresponsables.",
    [{ type: 'WARNING', actor: 'John Kirby' }],
    ['WARNING by United States'],
  ],
  // The Russian side's "taken into account in military planning" is a veiled threat.
  [
    'en',
    'The Kremlin said the deployment of nuclear-capable jets would be taken into account in its military planning.',
    [{ type: 'THREAT', actor: 'Russia' }],
    [],
  ],
  // A denial made about the adversary is the speaker's judgement of it, not the adversary's reassurance.
  [
    'en',
    "John Kirby said Russia's anti-satellite nuclear weapon was not an active capability and had not been deployed.",
    [{ type: 'ASSESSMENT', actor: 'John Kirby' }],
    ['REASSURANCE'],
  ],
  // A test denied the name of a nuclear test is a reassurance; refusing to rule out use is a threat.
  [
    'en',
    'Kremlin spokesman Dmitry Peskov said the Burevestnik test cannot be compared to a nuclear test.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  [
    'fr',
    'Les essais du Bourevestnik ne peuvent en aucun cas être comparés à un essai nucléaire, a affirmé Dmitri Peskov.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  ['en', 'Dmitry Peskov refused to rule out the use of nuclear weapons.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], ['REASSURANCE']],
  // A state adjective opening the subject names the state acting ("Russian forces…", "Les forces russes…").
  [
    'en',
    'Russian forces began drills to practise the use of tactical nuclear weapons near the Ukrainian border.',
    [{ type: 'POSTURE', actor: 'Russia' }],
    [],
  ],
  [
    'fr',
    "Les forces russes ont commencé des exercices d'emploi d'armes nucléaires tactiques près de la frontière ukrainienne.",
    [{ type: 'POSTURE', actor: 'Russia' }],
    [],
  ],
  // States of a joint subject both act.
  [
    'en',
    'Russia and the United States agreed to resume talks on strategic stability and nuclear arms control.',
    [
      { type: 'CONTACT', actor: 'Russia' },
      { type: 'CONTACT', actor: 'United States' },
    ],
    [],
  ],
  // A call to renounce nuclear threats condemns them, whoever calls; it is no threat.
  ['en', 'China called on all parties to refrain from nuclear threats.', [{ type: 'WARNING', actor: 'China' }], ['THREAT']],
  ['fr', 'La Chine a appelé toutes les parties à renoncer aux menaces nucléaires.', [{ type: 'WARNING', actor: 'China' }], ['THREAT']],
  // Judgements phrased with a plain verb of belief or observation.
  ['en', 'Biden told reporters he did not believe Putin would use a tactical nuclear weapon.', [{ type: 'ASSESSMENT', actor: 'Joe Biden' }], ['THREAT']],
  ['en', "The Pentagon said it had not seen any changes in Russia's nuclear posture.", [{ type: 'ASSESSMENT', actor: 'United States' }], []],
  // The consequence any use would have is a warning.
  [
    'en',
    'NATO Secretary General Jens Stoltenberg said any use of nuclear weapons would fundamentally change the nature of the conflict.',
    [{ type: 'WARNING', actor: 'Jens Stoltenberg' }],
    [],
  ],
  // A refusal negated is the veiled threat: not ruling out use.
  ['en', 'Putin has not ruled out the use of nuclear weapons to defend Russian territory.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], ['REASSURANCE']],
  ['fr', "Vladimir Poutine n'a pas exclu le recours à l'arme nucléaire pour défendre le territoire russe.", [{ type: 'THREAT', actor: 'Vladimir Putin' }], ['REASSURANCE']],
  // Flights of nuclear-capable bombers are the adjective's state's, not the party named after the cue.
  [
    'en',
    'Russian nuclear-capable bombers flew over the Baltic Sea on Wednesday, prompting NATO to scramble jets.',
    [{ type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by NATO'],
  ],
  ['fr', 'Des bombardiers russes à capacité nucléaire ont survolé la mer Baltique mercredi.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  // "Any provocation" names no provocation: a promise of an overwhelming response is a threat.
  [
    'en',
    "Kim Jong Un vowed to bolster his country's nuclear war deterrent and warned of an overwhelming response to any provocation.",
    [{ type: 'THREAT', actor: 'Kim Jong Un' }],
    ['ACCUSATION'],
  ],
  // A live page's entry heading passes the context of the entry before to the next entry.
  [
    'en',
    'Trump said he had told the Pentagon to start testing nuclear weapons on an equal basis.\n\n13:20 GMT\n\nKremlin: no decision yet\n\nKremlin spokesman Dmitry Peskov told reporters Putin had not ordered preparations to begin.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  // Weapons placed on combat duty, treaty limits abandoned, a deterrent said to protect allies.
  [
    'en',
    'Russian tactical nuclear warheads were placed on combat duty in Belarus, Lukashenko said.',
    [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }],
    [],
  ],
  ['en', 'Russia said it would no longer be bound by the limits of the treaty on nuclear arms.', [{ type: 'ARMS_CONTROL', actor: 'Russia' }], []],
  ['en', "Keir Starmer said the UK's nuclear deterrent would protect NATO allies.", [{ type: 'DOCTRINE', actor: 'Keir Starmer' }], []],
  // An idiom of nuclear destruction puts the sentence in nuclear context.
  ['en', 'Dmitry Medvedev wrote that Kyiv could be turned into radioactive ash.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // A strategic system names nuclear weapons for the cues that need them; negative findings in French.
  [
    'fr',
    "Les États-Unis ont annoncé le déploiement d'un sous-marin nucléaire lanceur d'engins en Corée du Sud.",
    [{ type: 'POSTURE', actor: 'United States' }],
    [],
  ],
  ['fr', 'Le Pentagone a indiqué ne pas avoir constaté de changement dans la posture nucléaire russe.', [{ type: 'ASSESSMENT', actor: 'United States' }], []],
  // An opening source of the other side ("According to US intelligence,", "Selon le renseignement
  // américain,") judges the adversary's possible step.
  [
    'en',
    'According to US intelligence, Russia could deploy a nuclear weapon in orbit.',
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['POSTURE', 'ASSESSMENT by Russia'],
  ],
  [
    'fr',
    'Selon des responsables américains, la Russie pourrait déployer une arme nucléaire dans l\'espace.',
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['POSTURE', 'ASSESSMENT by Russia'],
  ],
  [
    'fr',
    'Selon le renseignement américain, Moscou envisagerait de placer une arme nucléaire en orbite.',
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['ASSESSMENT by Russia'],
  ],
  // Any state the gazetteer knows can be a target, whatever camp it is in.
  [
    'en',
    'Indian Prime Minister Narendra Modi warned Pakistan that India would not tolerate any nuclear blackmail.',
    [{ type: 'WARNING', actor: 'Narendra Modi', target: 'PK' }],
    [],
  ],
  // A state denying it has tested lowers tension; it reports no test.
  [
    'en',
    'Foreign ministry spokeswoman Maria Zakharova said Russia had not conducted any nuclear tests since 1990.',
    [{ type: 'REASSURANCE', actor: 'Maria Zakharova' }],
    ['POSTURE', 'USE'],
  ],
  // Ordering tests of one's own weapons, a possessive between the words.
  [
    'en',
    'Donald Trump said he had told the Pentagon to begin testing our nuclear weapons right away.',
    [{ type: 'POSTURE', actor: 'Donald Trump', severity: 6 }],
    [],
  ],
  // The non-proliferation warning of a state that will stop another acquiring the bomb.
  [
    'en',
    'Israeli Prime Minister Benjamin Netanyahu said Israel would do whatever it takes to prevent Iran from getting nuclear weapons.',
    [{ type: 'WARNING', actor: 'Benjamin Netanyahu', target: 'IR' }],
    [],
  ],
  // Allies' formula of consequences: a nuclear attack would end the attacker's regime.
  [
    'en',
    'Secretary of Defense Lloyd Austin said any nuclear attack by North Korea would result in the end of its regime.',
    [{ type: 'WARNING', actor: 'Lloyd Austin', target: 'KP' }],
    [],
  ],
  // Allied nuclear planning named as such.
  [
    'en',
    'The Pentagon said Washington and Tokyo had begun joint planning for a nuclear contingency on the peninsula.',
    [{ type: 'PLANNING', actor: 'United States' }],
    [],
  ],
  // An exercise rehearsing nuclear strikes is a posture step.
  [
    'en',
    'The Russian defence ministry said its forces had practised launching nuclear strikes during the drills.',
    [{ type: 'POSTURE', actor: 'Russia', severity: 6 }],
    [],
  ],
  // Inspectors who cannot vouch for a programme give an assessment.
  [
    'en',
    'The International Atomic Energy Agency said it could no longer provide assurances that Iran\'s nuclear programme was exclusively peaceful.',
    [{ type: 'ASSESSMENT', actor: 'International Atomic Energy Agency' }],
    [],
  ],
  // The person met is an object: the writer of the post took the step.
  [
    'en',
    'Donald Trump wrote on social media, hours before meeting Xi Jinping, that he had ordered the military to start testing nuclear weapons.',
    [{ type: 'POSTURE', actor: 'Donald Trump' }],
    ['POSTURE by Xi Jinping'],
  ],
  // "Both sides" points back to the two states last named as subjects (not those named as objects).
  [
    'en',
    'Japan and Australia held defence talks in Tokyo on Monday. Both sides said any nuclear attack by North Korea against Japan would be met with an overwhelming response.',
    [
      { type: 'WARNING', actor: 'Japan', target: 'KP' },
      { type: 'WARNING', actor: 'Australia', target: 'KP' },
    ],
    ['WARNING by North Korea'],
  ],
  [
    'fr',
    "La France et l'Allemagne ont tenu un conseil des ministres commun mardi. Les deux pays ont averti que toute utilisation de l'arme nucléaire par la Russie aurait des conséquences graves.",
    [
      { type: 'WARNING', actor: 'France', target: 'RU' },
      { type: 'WARNING', actor: 'Germany', target: 'RU' },
    ],
    [],
  ],
  // "All necessary measures" in answer to a nuclear step: a veiled warning; the Russian side's, a veiled threat.
  [
    'en',
    'North Korea test-fired an intercontinental ballistic missile on Friday. The Japanese government said it would take all necessary measures to protect its people.',
    [{ type: 'WARNING', actor: 'Japan', severity: 3 }],
    [],
  ],
  [
    'en',
    'NATO said it would deploy more nuclear-capable aircraft in Europe. Kremlin spokesman Dmitry Peskov said Russia would take all necessary measures to ensure its security.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov', severity: 3 }],
    [],
  ],
  [
    'fr',
    "La Corée du Nord a tiré un missile balistique intercontinental vendredi. Le gouvernement japonais a déclaré qu'il prendrait toutes les mesures nécessaires pour protéger sa population.",
    [{ type: 'WARNING', actor: 'Japan', severity: 3 }],
    [],
  ],
  // An analyst's judgement of where a nuclear step leads is an assessment.
  [
    'en',
    'Russia announced it would resume nuclear testing. Hans Kristensen of the Federation of American Scientists called the decision a strategic blunder that could trigger a chain of tests by other states.',
    [{ type: 'ASSESSMENT', actor: 'Hans M. Kristensen' }],
    [],
  ],
  // A clause joined by a comma and a conjunction has its own subject: the speaker after "and".
  [
    'en',
    'Russia held drills of its strategic nuclear forces on Tuesday, and US Defense Secretary Lloyd Austin said Washington had seen no change in Russia\'s nuclear posture.',
    [{ type: 'ASSESSMENT', actor: 'Lloyd Austin' }],
    ['ASSESSMENT by Russia'],
  ],
  // Nuclear status written into a constitution or basic law is a doctrine statement.
  [
    'en',
    'Alexander Lukashenko said the new constitution removed the clause on Belarus\'s neutrality so that nuclear weapons could be stationed in the country.',
    [{ type: 'DOCTRINE', actor: 'Alexander Lukashenko' }],
    [],
  ],
];

/** Sentences that must yield no signal of that type (a modal step that is only supposed, a non-nuclear concern). */
const MISSES: readonly [string, string, string][] = [
  // Forces already on combat duty are a routine state, not a step.
  ['en', 'Kremlin spokesman Dmitry Peskov said Russian nuclear submarines were already on combat duty.', 'POSTURE'],
  // The pronoun "us" is not the adjective "US".
  ['en', 'Let us hope that nuclear weapons will never be used again.', 'POSTURE'],
  // A deployment inside a condition is supposed, not said to be possible or taken.
  ['en', 'If NATO nuclear weapons were deployed in Poland, the balance in Europe would change, the analyst wrote.', 'POSTURE'],
  // Forces said to be permanently ready report no change of posture.
  ['en', '"We are ready," Putin said of Russia\'s nuclear forces, which he said were in constant combat readiness.', 'POSTURE'],
  // A concern about a step that is not nuclear is no judgement of nuclear risk.
  ['en', 'Joe Biden raised concern about the deployment of North Korean troops to Russia and about arms deliveries.', 'ASSESSMENT'],
  // Not ruling out a step that is not nuclear is no doctrine statement.
  ['fr', "Le président français n'a pas exclu d'envoyer des troupes en Ukraine.", 'DOCTRINE'],
  // Planning that is not nuclear is no nuclear planning; a rehearsal of a parade is no strike.
  ['en', 'The two armies agreed on joint planning for disaster relief after the floods.', 'PLANNING'],
  // A place fused to "-based" says where a body sits: the city's state did not assess anything.
  ['en', 'The London-based think tank said the drills showed that nuclear escalation was unlikely.', 'ASSESSMENT'],
  // A danger to a common good, in an eastern leader's mouth, is no threat he makes.
  ['en', 'Kim Jong Un said the allies\' nuclear drills were the gravest threat to peace in the region.', 'THREAT'],
  // An act labelled a provocation is condemned, not accused of being prepared.
  ['en', 'North Korea test-fired an intercontinental ballistic missile on Thursday. The South Korean military condemned the launch as a grave provocation.', 'ACCUSATION'],
  // A constitution without nuclear weapons in the sentence is no doctrine.
  ['en', 'The president said the new constitution would strengthen parliament.', 'DOCTRINE'],
  // Testing a vaccine or a car is no weapon test.
  ['en', 'The ministry said it would start testing the new vaccine in the spring.', 'POSTURE'],
];

test('generalisation rules: what each short article reports', () => {
  const failures = HITS.flatMap(([lang, text, expected, absent]) => hitFailures(`${lang} "${text}"`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('generalisation rules: what must not be read as an act', () => {
  const failures = MISSES.flatMap(([lang, text, type]) => {
    const out = rowSignals(lang, text);
    return out.some((s) => s.type === type) ? [`no ${type} wanted in ${lang} "${text}": [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});
