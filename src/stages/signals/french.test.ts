/**
 * Rule table for French verb classes and constructions (session 8, helper C), written from the
 * first run of the `fr-8x` pages: denials (démentir, nier) with the threat they deny, the joint
 * formula « ne peut être gagnée » in the tenses of reported speech, a negated threat verb (« ne
 * brandirait pas », « n'utilisera pas »), opposition to any use, a warning against the other side
 * acquiring the bomb, tests and launches said otherwise (essai en vol, « a procédé à un tir », mise à
 * l'eau), warheads inspected or unveiled, a fronted circumstance (« Lors de sa rencontre avec… »)
 * whose complement is no subject. Each row runs the whole pipeline on a short article; the misses
 * are rows of the same words where the act is not there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** Rows are dated as published on 2024-03-01. */
const rowSignals = (text: string): readonly Signal[] => signalsOf('fr', text, '2024-03-01');

/** [text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, readonly Expected[], readonly string[]][] = [
  // Démentir, nier: the threat named after the denial is what is denied.
  ["Le Kremlin a démenti avoir l'intention de recourir à l'arme nucléaire en Ukraine.", [{ type: 'REASSURANCE', actor: 'Russia' }], ['THREAT']],
  ["Dmitri Peskov nie que la Russie envisage d'utiliser l'arme nucléaire.", [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  // … but a threat made, with no denial, stays one.
  ["Dmitri Medvedev a menacé de recourir à l'arme nucléaire contre l'Ukraine.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['REASSURANCE']],
  // The joint formula in the imperfect and conditional of reported speech.
  [
    "Vladimir Poutine a signé une déclaration assurant qu'une guerre nucléaire ne pouvait être gagnée et ne devait jamais être menée.",
    [{ type: 'REASSURANCE', actor: 'Vladimir Putin', severity: 0 }],
    ['THREAT'],
  ],
  ["Selon Pékin, une guerre nucléaire ne saurait être gagnée.", [{ type: 'REASSURANCE', actor: 'China' }], []],
  // A threat verb negated is a denial of intent.
  ["Vladimir Poutine a assuré que la Russie ne brandirait pas son arsenal nucléaire à tout propos.", [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ["Sergueï Lavrov a affirmé que la Russie n'utilisera pas l'arme nucléaire en Ukraine.", [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], ['THREAT']],
  // … the same verbs affirmed are threats.
  ["Vladimir Poutine a brandi jeudi la menace d'une riposte nucléaire contre l'Occident.", [{ type: 'THREAT', actor: 'Vladimir Putin' }], ['REASSURANCE']],
  ["Dmitri Medvedev a écrit que la Russie utiliserait l'arme nucléaire pour défendre ses territoires.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['REASSURANCE']],
  // Not seeking the bomb: a denial of intent; seeking it is none.
  ["Le président ukrainien Volodymyr Zelensky a assuré que Kiev ne cherchait pas à se doter de la bombe atomique.", [{ type: 'REASSURANCE', actor: 'Volodymyr Zelenskyy' }], []],
  // A warning against the other side acquiring the bomb is a warning, even from the Russian side.
  [
    "Vladimir Poutine a mis en garde l'Ukraine contre toute tentative de se doter de l'arme atomique.",
    [{ type: 'WARNING', actor: 'Vladimir Putin', target: 'UA' }],
    ['THREAT'],
  ],
  // Opposition to any use condemns it; the use named is what is condemned.
  ["Pékin s'est dit opposé à tout recours à l'arme nucléaire en Ukraine.", [{ type: 'WARNING', actor: 'China' }], ['THREAT']],
  ["Xi Jinping s'est prononcé contre l'emploi d'armes nucléaires en Europe.", [{ type: 'WARNING', actor: 'Xi Jinping' }], ['THREAT']],
  // A fronted circumstance is the frame: the person met in it is no subject.
  [
    "Lors de sa rencontre avec le chancelier allemand Olaf Scholz en novembre, Xi Jinping s'était prononcé contre le recours à l'arme nucléaire.",
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['WARNING by Olaf Scholz'],
  ],
  [
    "Au cours d'un entretien avec le président américain Joe Biden, Xi Jinping a condamné les menaces nucléaires.",
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['WARNING by Joe Biden'],
  ],
  // "Des" opening the sentence is an article: its unnamed officials are the subject (§1: their state).
  [
    "Des responsables américains ont averti Moscou que toute utilisation de l'arme nucléaire aurait des conséquences catastrophiques.",
    [{ type: 'WARNING', actor: 'United States' }],
    ['THREAT'],
  ],
  // … but "des" inside the sentence still governs: the warning is of whoever gives it.
  ["Joe Biden a mis en garde les dirigeants des pays alliés contre un emploi de l'arme nucléaire par la Russie.", [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  // A pronoun subject after a fronted phrase: the person met in the phrase does not act.
  [
    "Volodymyr Zelensky s'est exprimé à Bruxelles. Plus tard, lors d'une conférence avec le secrétaire général de l'Alliance, Mark Rutte, il a assuré que Kiev ne cherchait pas à se doter de l'arme nucléaire.",
    [{ type: 'REASSURANCE', actor: 'Volodymyr Zelenskyy' }],
    ['REASSURANCE by Mark Rutte'],
  ],
  // A ministry named with no state, after a fronted capital, is that state's; judging the other
  // side ready is an assessment.
  [
    "Pyongyang a tiré un missile. À Séoul, le ministère de la Défense a fait savoir qu'il jugeait la Corée du Nord prête à mener un septième essai nucléaire.",
    [{ type: 'ASSESSMENT', actor: 'South Korea' }],
    [],
  ],
  // … a capital further in the sentence places nothing.
  ["Le ministère de la Défense a annoncé un essai nucléaire, selon un communiqué publié à Séoul.", [], ['ASSESSMENT by South Korea', 'POSTURE by South Korea']],
  // Threatening to raze a city, in a story about nuclear weapons: a veiled threat; elsewhere none.
  [
    "Dmitri Medvedev a menacé vendredi de réduire Kiev en « une immense tache grise » si l'Ukraine frappait la Russie en profondeur.\n\nLa Russie possède le plus grand arsenal nucléaire du monde.",
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  ["Dmitri Medvedev a menacé vendredi de réduire les subventions aux régions frontalières.", [], ['THREAT']],
  // What a weapon could do is its description, not a threat.
  [
    "Vladimir Poutine a assuré que la Russie avait testé son drone sous-marin Poseidon, capable de porter une charge nucléaire et de provoquer un tsunami radioactif.",
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['THREAT'],
  ],
  // Opening the debate on protecting allies by deterrence: a statement of doctrine.
  [
    "Emmanuel Macron a annoncé qu'il ouvrait le débat stratégique sur la protection de nos alliés du continent européen par la dissuasion nucléaire française.",
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    [],
  ],
  // Brandishing the spectre of nuclear war; raising the possibility of one's own use (infinitive).
  ["Moscou a agité le spectre d'une guerre nucléaire si l'Occident livrait des missiles à Kiev.", [{ type: 'THREAT', actor: 'Russia' }], ['ASSESSMENT']],
  ["Vladimir Poutine a évoqué la possibilité d'utiliser l'arme nucléaire pour défendre la Russie.", [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  // … a possibility never discussed is a denial, not a threat.
  ["Vladimir Poutine a affirmé que la Russie n'avait jamais discuté de la possibilité d'utiliser l'arme nucléaire.", [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  // … a Western leader raising the other side's possible use makes no threat.
  ["Joe Biden a évoqué la possibilité que la Russie utilise l'arme nucléaire.", [], ['THREAT by Joe Biden']],
  // Urging the other side to renounce its nuclear rhetoric condemns it.
  ["Washington a exhorté Moscou à renoncer à sa rhétorique nucléaire.", [{ type: 'WARNING', actor: 'United States', target: 'RU' }], ['THREAT']],
  // Ending one's participation in a treaty, leaving it; a trade pact left is none.
  ["La Russie a annoncé la fin de sa participation au traité New Start.", [{ type: 'ARMS_CONTROL', actor: 'Russia' }], []],
  ["Le Royaume-Uni a annoncé la fin de sa participation au programme Erasmus.", [], ['ARMS_CONTROL']],
  // A view framed by its holder ("Pour le Kremlin, …"): a threat aimed at one's own side is an accusation.
  [
    "Pour le Kremlin, le déploiement d'armes nucléaires américaines en Pologne constituerait une menace directe contre la Russie.",
    [{ type: 'ACCUSATION', actor: 'Russia' }],
    ['POSTURE by United States'],
  ],
  // Buying carriers able to deliver nuclear weapons; buying wheat is none.
  [
    "Le Premier ministre britannique Keir Starmer a annoncé l'achat de douze avions F-35A capables de porter l'arme nucléaire.",
    [{ type: 'POSTURE', actor: 'Keir Starmer' }],
    [],
  ],
  ["Le gouvernement a annoncé l'achat de blé ukrainien.", [], ['POSTURE']],
  // Tests said otherwise, with the carrier named in the next sentence.
  [
    "L'Inde a procédé lundi au premier essai en vol d'un missile balistique Agni-5. Le missile est capable d'emporter une charge nucléaire.",
    [{ type: 'POSTURE', actor: 'India', severity: 4 }],
    [],
  ],
  ["La France a procédé à un tir de missile balistique M51 depuis un sous-marin nucléaire lanceur d'engins.", [{ type: 'POSTURE', actor: 'France' }], []],
  // A launch of a ship, inspection or unveiling of warheads.
  [
    "Kim Jong-un a présidé la cérémonie de mise à l'eau d'un sous-marin d'attaque nucléaire tactique.",
    [{ type: 'POSTURE', actor: 'Kim Jong Un' }],
    [],
  ],
  ["Kim Jong-un a inspecté lundi des têtes nucléaires tactiques dans un institut d'armement.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ["Kim Jong-un a ordonné d'accroître la production de matières fissiles de qualité militaire.", [{ type: 'POSTURE', actor: 'Kim Jong Un', severity: 5 }], []],
  // Misses: a ferry launched, a factory inspected, a civil test — no weapon, no act.
  ["Le ministre a assisté à la mise à l'eau d'un nouveau ferry à Saint-Nazaire.", [], ['POSTURE']],
  ["Le Premier ministre a inspecté lundi une usine automobile près de Lyon.", [], ['POSTURE']],
  ["EDF a procédé à un essai de son nouveau réacteur nucléaire à Flamanville.", [], ['POSTURE']],
  // Session 9 (C9). « Tous les moyens dont elle dispose », « tout ce dont nous disposons »: the veiled
  // formula, in a story about nuclear weapons …
  [
    "Vladimir Poutine a averti que la Russie défendrait ses territoires avec tous les moyens dont elle dispose.\n\nLa Russie possède le plus grand arsenal nucléaire du monde.",
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    "« Tout ce dont nous disposons prendrait la direction de Berlin », a déclaré Dmitri Medvedev.\n\nLa Russie possède le plus grand arsenal nucléaire du monde.",
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  // … and none in a story about something else.
  ["La Russie défendra ses exportations de blé avec tous les moyens dont elle dispose.", [], ['THREAT']],
  // Not yielding to threats, in any tense: a condemnation, whoever speaks.
  ["« Nous ne céderons pas à la menace nucléaire russe », a déclaré Joe Biden.", [{ type: 'WARNING', actor: 'Joe Biden' }], ['THREAT']],
  ["Washington a assuré qu'il ne céderait jamais au chantage nucléaire de Moscou.", [{ type: 'WARNING', actor: 'United States' }], ['THREAT']],
  ["Le gouvernement a assuré qu'il ne céderait pas aux syndicats sur la réforme.", [], ['WARNING']],
  // « Rien de ce que nous voyons n'indique… »: the low-risk frame with its subject spread out.
  [
    "« Rien de ce que nous voyons n'indique que la Russie prépare une frappe nucléaire », a déclaré John Kirby.",
    [{ type: 'ASSESSMENT', actor: 'John Kirby', severity: 1 }],
    ['THREAT'],
  ],
  // Acquiring the bomb for lack of another choice, on a condition: doctrine, not a threat of use.
  [
    "Téhéran a déclaré qu'il n'aurait d'autre choix que de se doter de l'arme nucléaire si les États-Unis l'attaquaient.",
    [{ type: 'DOCTRINE', actor: 'Iran' }],
    ['THREAT'],
  ],
  // Talks on when and how to use the weapon: internal deliberation, not a contact; officials of an
  // army speak for its state.
  [
    "De hauts responsables de l'armée russe ont eu des discussions sur quand et comment employer l'arme nucléaire en Ukraine, selon le Washington Post.",
    [{ type: 'PLANNING', actor: 'Russia' }],
    ['CONTACT'],
  ],
  ["Les deux ministres ont eu des discussions sur le commerce et l'énergie.", [], ['PLANNING', 'CONTACT']],
  // A word taken back (« s'était mal exprimé ») by the office of the person last named: that person's state.
  [
    "Dmitri Medvedev a évoqué l'arme nucléaire. Son bureau a ensuite fait savoir qu'il s'était mal exprimé.",
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    [],
  ],
  // Remaining committed to the treaty, in the imperfect of reported speech.
  ["Le ministère a assuré que Séoul restait attaché au traité de non-prolifération nucléaire.", [{ type: 'REASSURANCE', actor: 'South Korea' }], []],
  // A launch under someone's supervision is that person's step.
  [
    "La Corée du Nord a tiré un missile balistique intercontinental sous la supervision de Kim Jong-un.",
    [{ type: 'POSTURE', actor: 'Kim Jong Un' }],
    ['POSTURE by North Korea'],
  ],
  // An interview (« dans un entretien au Monde ») is no contact between states.
  [
    "Dans un entretien au Monde, Emmanuel Macron a estimé que le risque d'escalade nucléaire avait augmenté.",
    [{ type: 'ASSESSMENT', actor: 'Emmanuel Macron' }],
    ['CONTACT'],
  ],
  // « …, mais le directeur de la CIA, William Burns, a fait valoir… »: the contrasted clause's own subject.
  [
    "Les responsables américains n'ont rien dit, mais le directeur de la CIA, William Burns, a fait valoir que la Russie pourrait utiliser l'arme nucléaire.",
    [{ type: 'ASSESSMENT', actor: 'William J. Burns' }],
    ['ASSESSMENT by United States'],
  ],
  // Deterrence called the ultimate guarantee, the cornerstone of security: a doctrine statement.
  ["« La dissuasion nucléaire reste la garantie ultime de notre sécurité », a déclaré John Healey.", [{ type: 'DOCTRINE', actor: 'John Healey' }], []],
  ["« Le marché unique reste la garantie ultime de notre prospérité », a déclaré John Healey.", [], ['DOCTRINE']],
  // Funding one's warheads, announced by a pronoun after the verb and a phrase of circumstance.
  [
    "Keir Starmer a présenté la revue de défense. Le gouvernement investira 15 milliards de livres dans son programme d'ogives nucléaires, a-t-il annoncé lors d'une visite à un chantier naval près de Glasgow.",
    [{ type: 'POSTURE', actor: 'Keir Starmer', severity: 2 }],
    ['POSTURE by United Kingdom'],
  ],
  // « Livres » (pounds, books) is no delivery.
  ["Le Royaume-Uni consacrera 15 milliards de livres à ses sous-marins lanceurs d'engins.", [], ['POSTURE']],
  // The IAEA board's resolution and the centrifuges started in answer: acts of the regime.
  [
    "Le Conseil des gouverneurs de l'Agence internationale de l'énergie atomique a adopté jeudi une résolution condamnant le manque de coopération de l'Iran, dont le stock d'uranium enrichi à 60 % ne cesse de croître.",
    [{ type: 'ARMS_CONTROL', actor: 'International Atomic Energy Agency' }],
    [],
  ],
  ["En réponse, l'Iran a annoncé la mise en service de nouvelles centrifugeuses avancées.", [{ type: 'ARMS_CONTROL', actor: 'Iran' }], []],
  ["Le conseil municipal a adopté jeudi une résolution condamnant la fermeture de la gare.", [], ['ARMS_CONTROL']],
  // Weapons « déployées en Europe » say where they are, not that they were deployed.
  ["Les armes nucléaires américaines déployées en Europe sont stockées en Allemagne, en Belgique et en Italie.", [], ['POSTURE']],
  // Who decides on use, the no-first-use policy by its name, the debate opened on deterrence: doctrine.
  [
    "Emmanuel Macron a rappelé que la décision d'emploi de l'arme nucléaire resterait entre les mains du seul président français.",
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    [],
  ],
  ["Le porte-parole Lin Jian a rappelé que la Chine s'en tenait à une politique de non-recours en premier à l'arme nucléaire.", [{ type: 'DOCTRINE', actor: 'China' }], ['ARMS_CONTROL']],
  [
    "Emmanuel Macron s'est dit prêt à ouvrir un débat sur la défense antimissile et la dissuasion nucléaire.",
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    [],
  ],
  ["Emmanuel Macron s'est dit prêt à ouvrir un débat sur la réforme des retraites.", [], ['DOCTRINE']],
  // No decision taken to build the bomb: a denial of intent.
  ["« Nous n'avons pris aucune décision de fabriquer une bombe nucléaire », a déclaré Kamal Kharrazi.", [{ type: 'REASSURANCE', actor: 'Kamal Kharrazi' }], []],
  // Opposed to the threat as to the use, in the participle: a condemnation.
  ["Pékin se dit opposé à la menace comme au recours à l'arme atomique.", [{ type: 'WARNING', actor: 'China' }], ['THREAT']],
  // « Le dirigeant » points back to the leader named; plunging enemies into terror is his threat.
  [
    "Kim Jong-un a supervisé le tir. Selon l'agence officielle KCNA, le dirigeant a déclaré que cette arme accroîtrait la capacité de contre-attaque nucléaire du pays et plongerait ses ennemis dans la terreur.",
    [{ type: 'THREAT', actor: 'Kim Jong Un' }],
    ['THREAT by North Korea'],
  ],
  // Squadrons armed with a nuclear missile based somewhere: a posture step.
  [
    "Emmanuel Macron a annoncé que la base accueillerait deux escadrons de Rafale armés du missile ASN4G.",
    [{ type: 'POSTURE', actor: 'Emmanuel Macron' }],
    [],
  ],
  ["Le maire a annoncé que la ville accueillerait deux escadrons de cavalerie pour le défilé.", [], ['POSTURE']],
  // A resolution adopted on a given day; an enrichment site started in answer.
  [
    "Le Conseil des gouverneurs de l'AIEA a adopté jeudi 12 juin une résolution constatant que l'Iran ne respecte pas ses obligations de non-prolifération.",
    [{ type: 'ARMS_CONTROL', actor: 'International Atomic Energy Agency' }],
    [],
  ],
  ["L'Iran a annoncé la mise en service prochaine d'un nouveau site d'enrichissement.", [{ type: 'ARMS_CONTROL', actor: 'Iran' }], []],  // Session 10 (C10). A state's lawmakers named by its adjective speak for it; a quantity noun
  // opening the clause ("une quarantaine de", "plusieurs") counts the subject, its "de" governs nothing.
  [
    "Une trentaine de députés iraniens ont réclamé la révision de la doctrine nucléaire du pays.",
    [{ type: 'DOCTRINE', actor: 'Iran' }],
    [],
  ],
  ["Plusieurs parlementaires iraniens demandent que la doctrine nucléaire du pays soit revue.", [{ type: 'DOCTRINE', actor: 'Iran' }], []],
  ["Des députés iraniens ont exigé de réviser la doctrine nucléaire de la République islamique.", [{ type: 'DOCTRINE', actor: 'Iran' }], []],
  // … a complement after "de" stays one: the ministry's doctrine text is the ministry's, not the deputies'.
  ["Le ministère russe de la Défense a présenté la doctrine nucléaire à une vingtaine de députés allemands.", [{ type: 'DOCTRINE', actor: 'Russia' }], ['DOCTRINE by Germany']],
  // A phrase opening the sentence on a preposition, up to its comma, says where or in what medium:
  // the subject follows the comma (the think tank, the paper, the channel is no actor).
  [
    "Dans une tribune publiée par le centre de réflexion Carnegie au début du mois, Olaf Scholz estime que l'Europe doit envisager un partage nucléaire.",
    [{ type: 'DOCTRINE', actor: 'Olaf Scholz' }],
    ['DOCTRINE by Carnegie Endowment for International Peace'],
  ],
  [
    "Dans un entretien accordé au quotidien Le Monde, Dmitri Medvedev a affirmé que la Russie utiliserait l'arme nucléaire pour défendre la Crimée.",
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  // … but a short frame of whose view it is keeps its mention ("Pour le Kremlin, …").
  ["Pour le Kremlin, le déploiement d'armes nucléaires en Pologne constituerait une menace.", [{ type: 'ACCUSATION', actor: 'Russia' }], []],
  // A former role of no state names the person the article names who held it before.
  [
    "Shigeru Ishiba a été élu à la tête du parti. L'ancien ministre de la Défense juge que le Japon doit envisager un partage nucléaire avec les Etats-Unis.",
    [{ type: 'DOCTRINE', actor: 'Shigeru Ishiba' }],
    [],
  ],
  // Warning one's own allies, members or partners is informing them of the adversary's moves: an
  // assessment passed on, not a warning of consequences to the other side.
  [
    "L'Otan a averti ses alliés que le sous-marin nucléaire russe Belgorod pourrait se préparer à tester la torpille Poseidon.",
    [{ type: 'ASSESSMENT', actor: 'NATO' }],
    ['WARNING'],
  ],
  ["Washington a averti ses alliés que la Russie pourrait procéder à un essai nucléaire.", [{ type: 'ASSESSMENT', actor: 'United States' }], ['WARNING']],
  // … warning the adversary stays a warning.
  [
    "Les Etats-Unis ont averti la Russie que tout emploi de l'arme nucléaire aurait des conséquences catastrophiques.",
    [{ type: 'WARNING', actor: 'United States' }],
    ['ASSESSMENT'],
  ],
  // A country's annihilation promised by a weapon of the Russian side, in the conditional or future:
  // a veiled threat, with no word "nuclear" in its sentence.
  [
    "Le Kremlin a vanté ses armes nucléaires. Dmitri Medvedev a affirmé qu'un seul missile russe pourrait faire disparaître le Royaume-Uni.",
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }],
    [],
  ],
  [
    "Moscou a présenté ses nouvelles armes nucléaires. Le ministre russe de la Défense a assuré que les missiles Sarmat anéantiraient les Etats-Unis en quelques minutes.",
    [{ type: 'THREAT', actor: 'Sergei Shoigu' }],
    [],
  ],
  // … the same verbs of the other side, or about the weapons themselves, threaten nobody.
  ["Le secrétaire général de l'ONU souhaite faire disparaître les armes nucléaires d'ici 2045.", [], ['THREAT']],
  // Refusing to yield to threats, in every person and without "pas" (ni … ni … ne): a condemnation.
  [
    "Le président a parlé de l'arme nucléaire. « Ni l'Amérique ni ses alliés ne céderont aux menaces de Poutine », a déclaré Joe Biden.",
    [{ type: 'WARNING', actor: 'Joe Biden' }],
    ['THREAT'],
  ],
  ["L'Allemagne ne cédera pas aux menaces nucléaires russes, a assuré Olaf Scholz.", [{ type: 'WARNING', actor: 'Olaf Scholz' }], ['THREAT']],
  ["Nous ne céderons pas au chantage nucléaire du Kremlin, a déclaré Emmanuel Macron.", [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT']],
  // … facing the other side's threat is none of the speaker's.
  ["Selon Emmanuel Macron, l'Europe doit faire face à la menace nucléaire russe.", [], ['THREAT by Emmanuel Macron']],
  // Calling the adversary's words a call to war is accusing him of pushing to nuclear use; the
  // consequences describing that war are no threat of the speaker's.
  [
    "Le président a parlé de l'arme nucléaire. « Ces propos ne sont rien d'autre qu'un appel à déclencher une guerre mondiale aux conséquences terribles », a déclaré Dmitri Peskov.",
    [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }],
    ['THREAT'],
  ],
  ["Le Kremlin a accusé Kiev d'avoir appelé l'Occident à déclencher une guerre nucléaire.", [{ type: 'ACCUSATION', actor: 'Russia' }], []],
  ["Maria Zakharova a affirmé que Londres poussait à une guerre nucléaire.", [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  // … consequences promised to whoever attacks stay the speaker's; a call for peace accuses nobody.
  ["Toute attaque contre la Russie aurait des conséquences terribles, a averti Dmitri Medvedev à propos de l'arme nucléaire.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['ACCUSATION']],
  ["Le secrétaire général de l'ONU a lancé un appel à la paix pour éviter une guerre nucléaire.", [{ type: 'REASSURANCE', actor: 'António Guterres' }], ['ACCUSATION']],
  // A nuclear exercise named in the singular, with its adjective after others: a step of posture.
  ["Jens Stoltenberg a confirmé que l'exercice nucléaire annuel de l'Alliance aurait lieu comme prévu.", [{ type: 'POSTURE', actor: 'Jens Stoltenberg' }], []],
  ["La Russie a lancé un exercice nucléaire de grande ampleur.", [{ type: 'POSTURE', actor: 'Russia' }], []],
  // "Aucun intérêt" denies use only with the weapon named; interest in anything else is no reassurance.
  ["Le Kremlin a déclaré n'avoir aucun intérêt à une guerre nucléaire.", [{ type: 'REASSURANCE', actor: 'Russia' }], []],
  ["Le Premier ministre japonais a été élu. Washington n'a montré aucun intérêt pour une alliance militaire multilatérale en Asie.", [], ['REASSURANCE']],
];

test('signals (fr): verb classes and constructions (hits and misses)', () => {
  const failures = ROWS.flatMap(([text, expected, absent], i) => hitFailures(`row ${i}`, rowSignals(text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals (fr): the rows give no signal the row does not name', () => {
  const extra = ROWS.flatMap(([text, expected], i) =>
    rowSignals(text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});

/**
 * The standard French formulas of session 11, one class per row group, in sentences of our own:
 * reminding the adversary that one's side is nuclear too (WARNING); the function and the keeper of
 * the weapon, the Alliance that stays nuclear, conditions widened by decree (DOCTRINE); missile
 * submarines putting to sea, warheads delivered (POSTURE); forces kept at the minimum, no need of the
 * weapon, a routine exercise (REASSURANCE); an observer noting the other's build-up (ASSESSMENT);
 * notification, a summoned ambassador (CONTACT); response plans (PLANNING). Misses: the same words
 * where the act is not there.
 */
const FORMULAS: readonly [string, readonly Expected[], readonly string[]][] = [
  ["Jean-Noël Barrot a estimé que Vladimir Poutine devait garder à l'esprit que la France dispose elle aussi de l'arme nucléaire.", [{ type: 'WARNING', actor: 'Jean-Noël Barrot' }], ['ASSESSMENT']],
  ['Emmanuel Macron a rappelé que la Russie doit comprendre que la France est, elle aussi, une puissance nucléaire.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], []],
  ["« Le Kremlin doit avoir en tête que l'Otan est une alliance nucléaire », a déclaré Jean-Noël Barrot.", [{ type: 'WARNING', actor: 'Jean-Noël Barrot' }], []],
  ["Mark Rutte a rappelé à Moscou que l'Alliance est une alliance nucléaire.", [{ type: 'WARNING', actor: 'Mark Rutte' }], []],
  ["Kaja Kallas a jugé que Moscou ne devrait pas oublier que l'Europe compte deux puissances nucléaires.", [{ type: 'WARNING', actor: 'Kaja Kallas' }], []],
  ['Emmanuel Macron a affirmé que la France ne se laisserait pas intimider par les menaces nucléaires russes.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT']],
  ['Emmanuel Macron a jugé que les menaces nucléaires de la Russie étaient inadmissibles.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['REASSURANCE']],
  ["Pour Jean-Noël Barrot, les menaces d'emploi de l'arme nucléaire sont inacceptables.", [{ type: 'WARNING', actor: 'Jean-Noël Barrot' }], []],
  // Recalling one's own arsenal is no reminder to an adversary.
  ["Vladimir Poutine a rappelé que l'arsenal nucléaire russe est le plus grand du monde.", [], ['WARNING']],
  ["Emmanuel Macron a précisé que l'emploi de l'arme nucléaire relève de la seule décision du président de la République.", [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }], []],
  ["Vladimir Poutine a signé le décret élargissant les conditions dans lesquelles la Russie pourrait recourir à l'arme nucléaire.", [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ["La dissuasion nucléaire française a pour seule fonction d'empêcher toute guerre, a rappelé Emmanuel Macron.", [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }], []],
  ["L'Otan a réaffirmé que tant qu'il existera des armes nucléaires, l'Alliance restera une alliance nucléaire.", [{ type: 'DOCTRINE', actor: 'NATO' }], ['WARNING']],
  ["Selon l'Otan, la finalité fondamentale de la capacité nucléaire de l'Alliance est de préserver la paix.", [{ type: 'DOCTRINE', actor: 'NATO' }], []],
  ["Fait rare, trois SNLE de la Marine nationale ont quitté la base de l'Île Longue en même temps.", [{ type: 'POSTURE', actor: 'France' }], []],
  ["La France a fait appareiller un troisième sous-marin nucléaire lanceur d'engins.", [{ type: 'POSTURE', actor: 'France' }], []],
  ['La Russie a annoncé que les premières ogives nucléaires tactiques avaient été livrées au Bélarus.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['Les Forces aériennes stratégiques ont mené un exercice de dissuasion nucléaire baptisé Poker.', [{ type: 'POSTURE', actor: 'France' }], []],
  // A ship that is no missile submarine leaving port, on a civil errand, is no posture.
  ['Le sous-marin de la Marine nationale a quitté la base navale de Toulon pour une mission de surveillance des pêches.', [], ['POSTURE']],
  ['La Chine maintient ses forces nucléaires au niveau minimum requis pour sa sécurité nationale.', [{ type: 'REASSURANCE', actor: 'China' }], ['POSTURE']],
  ["Sergueï Choïgou a affirmé que la Russie n'a pas besoin de l'arme nucléaire pour atteindre ses objectifs en Ukraine.", [{ type: 'REASSURANCE', actor: 'Sergei Shoigu' }], ['THREAT']],
  ["John Kirby a qualifié de routinier l'exercice annuel des forces nucléaires stratégiques russes.", [{ type: 'REASSURANCE', actor: 'John Kirby' }], []],
  ['Les Alliés notent que la Chine accroît rapidement son arsenal nucléaire.', [{ type: 'ASSESSMENT', actor: 'NATO' }], ['POSTURE by NATO']],
  ['Les États-Unis constatent que la Russie modernise son arsenal nucléaire.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['POSTURE by United States']],
  ["La Russie a notifié les États-Unis de la tenue de son exercice annuel des forces nucléaires stratégiques, conformément aux accords.", [{ type: 'CONTACT', actor: 'Russia' }], []],
  ["Le Quai d'Orsay a convoqué l'ambassadeur de Russie après les menaces nucléaires de Moscou.", [{ type: 'CONTACT', actor: 'France' }], []],
  ["Washington a élaboré des plans de riposte en cas d'utilisation de l'arme nucléaire par la Russie.", [{ type: 'PLANNING', actor: 'United States' }], ['THREAT']],
  // Notifying firms of plant safety rules is no contact between adversaries.
  ['Le ministère a notifié aux entreprises les nouvelles règles de sécurité des centrales nucléaires.', [], ['CONTACT']],
  // Second pass: other shapes of the same acts.
  ["Dmitri Medvedev a prévenu que la Russie avait le droit d'utiliser l'arme nucléaire si nécessaire.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ["Maria Zakharova a reproché à Londres d'inciter Kiev à une escalade nucléaire.", [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['La Corée du Nord a procédé à son sixième essai nucléaire souterrain.', [{ type: 'USE', actor: 'North Korea' }], []],
  ['Pyongyang a fait exploser une bombe à hydrogène sur son site de Punggye-ri.', [{ type: 'USE', actor: 'North Korea' }], []],
  ["Jake Sullivan a indiqué que Washington répondrait de manière décisive à tout emploi de l'arme nucléaire.", [{ type: 'WARNING', actor: 'Jake Sullivan' }], ['THREAT']],
  ['Joe Biden a prévenu que Moscou commettrait une « erreur incroyablement grave » en utilisant une arme nucléaire tactique.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  ["William Burns a jugé qu'on ne pouvait pas prendre à la légère la menace d'un recours à l'arme nucléaire.", [{ type: 'ASSESSMENT', actor: 'William J. Burns' }], ['THREAT']],
  ['Emmanuel Macron a jugé que la menace nucléaire russe relevait du bluff.', [{ type: 'ASSESSMENT', actor: 'Emmanuel Macron' }], ['THREAT']],
  ["Vladimir Poutine a assuré qu'il n'avait jamais envisagé d'utiliser l'arme nucléaire.", [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['ASSESSMENT']],
  ['Emmanuel Macron a demandé à Narendra Modi de convaincre Moscou de renoncer à toute escalade nucléaire.', [{ type: 'CONTACT', actor: 'Emmanuel Macron' }], []],
  ['Washington et Moscou ont maintenu ouverte la ligne de déconfliction malgré les tensions nucléaires.', [{ type: 'CONTACT', actor: 'United States' }], []],
  ["L'Otan a préparé des scénarios de réponse à une frappe nucléaire russe en Ukraine.", [{ type: 'PLANNING', actor: 'NATO' }], []],
  // The same words about civil reactors, a carrier, a film: nothing.
  ['Le réacteur nucléaire a été maintenu au niveau minimum de puissance pendant la maintenance.', [], ['REASSURANCE']],
  ['Le porte-avions Charles-de-Gaulle, à propulsion nucléaire, a appareillé de Toulon pour une mission en Méditerranée.', [], ['POSTURE']],
  ['Un exercice de routine a eu lieu à la centrale nucléaire de Gravelines.', [], ['REASSURANCE']],
  ['Les manifestants ont fait exploser des pétards devant la centrale nucléaire.', [], ['USE']],
  ["Les experts jugent qu'il ne faut pas prendre à la légère les risques d'accident nucléaire à Zaporijjia.", [], ['ASSESSMENT']],
  ["Le film a pour seule fonction de divertir, a estimé le réalisateur d'Oppenheimer à propos de la bombe atomique.", [], ['DOCTRINE']],
  // Third pass.
  ["Olaf Scholz a affirmé qu'un recours à l'arme nucléaire ne resterait pas sans réponse.", [{ type: 'WARNING', actor: 'Olaf Scholz' }], []],
  ["La Chine construit plus d'une centaine de silos pour missiles intercontinentaux dans le désert.", [{ type: 'POSTURE', actor: 'China' }], []],
  [
    "Des responsables militaires russes ont évoqué entre eux les conditions d'un emploi de l'arme nucléaire tactique, selon le New York Times.",
    [{ type: 'PLANNING', actor: 'Russia' }],
    [],
  ],
  ['Les agriculteurs ont construit de nouveaux silos à grain près de la centrale nucléaire.', [], ['POSTURE']],
  ["Les ministres ont discuté entre eux de l'avenir du nucléaire civil.", [], ['PLANNING']],
  // The Russian side's "must understand" is a threat, not a warning.
  ["Vladimir Poutine a déclaré que l'Occident doit comprendre que la Russie dispose d'un arsenal nucléaire moderne.", [], ['WARNING']],
  // Fourth pass (classes of holdout-11's French misses). An exercise said annual is an exercise held
  // (POSTURE, §4 level 1), whatever adjective stands before its deterrence; saying it routine, planned
  // long ago or tied to no event is the reassurance.
  ["L'Otan a lancé lundi son exercice annuel de dissuasion nucléaire, baptisé Steadfast Noon.", [{ type: 'POSTURE', actor: 'NATO', severity: 1 }], ['REASSURANCE']],
  ['Les forces stratégiques russes ont mené leur exercice annuel de dissuasion nucléaire.', [{ type: 'POSTURE', actor: 'Russia' }], ['REASSURANCE']],
  ["L'exercice de dissuasion nucléaire était planifié de longue date, a précisé l'Otan.", [{ type: 'REASSURANCE', actor: 'NATO' }], []],
  ["L'Otan a assuré que son exercice, qui simule l'emploi de bombes nucléaires, n'était lié à aucun événement en cours.", [{ type: 'REASSURANCE', actor: 'NATO' }], []],
  ['Le Kremlin a indiqué que les manœuvres avec des armes nucléaires tactiques étaient prévues de longue date.', [{ type: 'REASSURANCE', actor: 'Russia' }], []],
  ["L'exercice annuel d'évacuation de la centrale nucléaire de Gravelines était prévu de longue date.", [], ['POSTURE', 'REASSURANCE']],
  // A leader visiting the site where a nuclear delivery system is built or kept: a display of posture,
  // as an inspection is; a visit with no such system named is none.
  ["Kim Jong-un a visité un chantier naval où est construit un « sous-marin stratégique lanceur de missiles ».", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ["Vladimir Poutine a visité l'usine où sont assemblés les missiles Sarmat.", [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['Emmanuel Macron a visité un chantier naval de paquebots à Saint-Nazaire.', [], ['POSTURE']],
  ['Emmanuel Macron a visité la centrale nucléaire de Flamanville.', [], ['POSTURE']],
];

test('signals (fr): standard formulas of each type (hits and misses)', () => {
  const failures = FORMULAS.flatMap(([text, expected, absent], i) => hitFailures(`formula ${i}`, rowSignals(text), expected, absent));
  assert.deepEqual(failures, []);
});
