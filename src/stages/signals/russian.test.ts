/**
 * Russian (and a few Ukrainian) rule tables of session 8, helper B: the cues of data/ru/signal-cues.txt
 * taken as verb classes, each verb in the forms a Telegram post or an agency rewrite uses it —
 * perfective and imperfective (приостановила / приостанавливает, приведены / переведены, испытало /
 * испытывает), past, present and future (пригрозил / угрожает / пригрозит, вышла / выйдет), plural
 * and the genitive plural of a noun with a fleeting vowel ("боеголовок") — and the constructions
 * officials' posts are written in ("не исключил применения", "будет учтено в военном планировании",
 * "примет все необходимые меры", "заставит задуматься тех, кто…", "будут означать участие"). Then
 * hard negatives: the same verbs about civil nuclear power, sport, tariffs or small arms give nothing.
 * The sentences are written for these tables, not taken from any article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { DEFAULT_DATA_DIR, fold } from '../../lexicon/index.ts';
import { loadSignalLexicon } from './lexicons.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** Rows are dated as published on 2024-06-10. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2024-06-10');

const threat = (actor: string, extra: Partial<Expected> = {}): Expected => ({ type: 'THREAT', actor, ...extra });

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // One threat verb in its aspects and tenses, «погрозил» included.
  ['ru', 'Медведев пригрозил Лондону ядерным оружием.', [threat('Dmitry Medvedev', { severity: 4, target: 'GB' })], []],
  ['ru', 'Медведев пригрозит Лондону ядерным оружием.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  ['ru', 'Медведев угрожает Лондону ядерным оружием.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  ['ru', 'Медведев погрозил Лондону ядерным оружием.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  // A warning verb of the western side, every aspect, «предупредят» included (the stem «предупреди-» missed it).
  ['ru', 'Блинкен предупредил Москву о последствиях применения ядерного оружия.', [{ type: 'WARNING', actor: 'Antony Blinken', target: 'RU' }], ['THREAT']],
  ['ru', 'Блинкен предупреждает Москву о последствиях применения ядерного оружия.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['THREAT']],
  ['ru', 'Блинкен предостерёг Москву от применения ядерного оружия.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['THREAT']],
  ['ru', 'Американские официальные лица предупредят Москву о последствиях применения ядерного оружия.', [{ type: 'WARNING', actor: 'United States' }], ['THREAT']],
  // Treaty acts: imperfective «приостанавливает», future «выйдет».
  ['ru', 'Россия приостановила участие в ДСНВ, заявил Путин.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin', severity: 4 }], []],
  ['ru', 'Россия приостанавливает участие в ДСНВ, заявил Путин.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin', severity: 4 }], []],
  ['ru', 'Россия выйдет из ДСНВ, заявил Путин.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin', severity: 5 }], []],
  ['ru', 'Россия прекращает участие в договоре о ракетах средней и меньшей дальности, сообщил МИД.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 5 }], []],
  // Steps: a test in the imperfective, forces brought or transferred to a higher alert, drills in the
  // imperfective, warheads "со складов" in the genitive plural.
  ['ru', 'Минобороны России сообщило, что испытывает ракету «Сармат» с ядерной боеголовкой.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['ru', 'Минобороны России сообщило, что стратегические ядерные силы переведены в повышенную готовность.', [{ type: 'POSTURE', actor: 'Russia', severity: 6 }], []],
  ['ru', 'Минобороны России сообщило, что стратегические ядерные силы приведены в повышенную готовность.', [{ type: 'POSTURE', actor: 'Russia', severity: 6 }], []],
  ['ru', 'Минобороны России сообщило, что расчёты отрабатывают применение нестратегического ядерного оружия.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], ['THREAT']],
  ['ru', 'Генсек НАТО Йенс Столтенберг заявил, что альянс выведет часть ядерных боеголовок со складов.', [{ type: 'POSTURE', actor: 'Jens Stoltenberg', severity: 7 }], []],
  // A refusal negated is the threat; the refusal itself stays a reassurance (Russian and Ukrainian).
  ['ru', 'Медведев не исключил применения ядерного оружия.', [threat('Dmitry Medvedev')], ['REASSURANCE']],
  ['ru', 'Лавров заявил, что Россия исключает применение ядерного оружия на Украине.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov', severity: 0 }], ['THREAT']],
  ['uk', 'Путін не виключив застосування ядерної зброї.', [threat('Vladimir Putin')], ['REASSURANCE']],
  ['uk', 'Пєсков заявив, що Росія виключає застосування ядерної зброї в Україні.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  // Veiled formulas of the genre: the addressees named ("тех, кто…"), "стереть в порошок".
  ['ru', '«Это оружие заставит задуматься тех, кто пытается угрожать нашей стране», — заявил Путин о ядерной ракете «Сармат».', [threat('Vladimir Putin')], []],
  ['ru', 'Медведев заявил, что у России достаточно ядерного оружия, чтобы стереть Европу в порошок.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Путин заявил, что с военно-технической точки зрения Россия готова к ядерной войне.', [threat('Vladimir Putin')], []],
  ['ru', 'Путин заявил, что удары западными ракетами вглубь России будут означать прямое участие стран НАТО в войне с ядерной державой.', [threat('Vladimir Putin')], []],
  // A counter-step named: a warning (§4 level 3), not a threat of use.
  ['ru', 'Грушко заявил, что размещение американских ядерных бомб в Европе будет учтено в военном планировании России.', [{ type: 'WARNING', actor: 'Alexander Grushko', severity: 3 }], ['THREAT']],
  ['ru', 'Песков заявил, что в случае размещения ядерного оружия в Польше Россия примет все необходимые меры.', [{ type: 'WARNING', actor: 'Dmitry Peskov', severity: 3, target: 'PL' }], ['THREAT']],
  // Condemnations: the adversary "puts the world on the brink"; "intimidates the world" in a Ukrainian mouth.
  ['ru', 'Лавров заявил, что действия НАТО ставят мир на грань ядерной войны.', [{ type: 'WARNING', actor: 'Sergey Lavrov', target: 'NATO' }], ['THREAT']],
  ['ru', 'Зеленский заявил, что Россия запугивает мир ядерным оружием.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy', target: 'RU' }], ['THREAT', 'ACCUSATION']],
  // Reassurances: not wanting nuclear war, preventing it, denials of preparing a strike.
  ['ru', 'Лавров заявил, что Россия не хочет ядерной войны.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov', severity: 0 }], []],
  ['ru', 'Песков заявил, что Кремль призывает сделать всё, чтобы не допустить ядерной войны.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Песков заявил, что Россия отвергает обвинения в подготовке ядерного удара.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Песков опроверг, что Россия готовится применить ядерное оружие.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Украина назвала обвинения России в подготовке грязной бомбы абсурдными.', [], ['ACCUSATION', 'THREAT']],
  // A talk with the adversary's minister about nuclear risk: a contact, not an assessment of the risk.
  ['ru', 'Шойгу обсудил с Остином снижение ядерных рисков.', [{ type: 'CONTACT', actor: 'Sergei Shoigu', target: 'US' }], ['ASSESSMENT']],
  ['ru', 'Песков: ядерное оружие — это средство сдерживания, а не нападения.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov', severity: 1 }], ['THREAT']],
  // Nuclear-powered submarines sent closer: a posture step with no weapon named.
  ['uk', 'Президент США Дональд Трамп наказав розмістити два атомні підводні човни ближче до Росії через ядерні погрози Медведєва.', [{ type: 'POSTURE', actor: 'Donald Trump', severity: 6 }], []],
  // The same classes in Ukrainian: future «вийде з», imperfective «випробовує», drills «відпрацювали
  // застосування» (the noun «застосування» is no threat), a talk «обговорив з», a counter-step, a denial.
  ['uk', 'Росія вийде з ДСНО, заявив Путін.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin', severity: 5 }], []],
  ['uk', 'Міноборони Росії повідомило, що випробовує ракету «Сармат» з ядерною боєголовкою.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['uk', 'Міноборони Росії повідомило, що війська відпрацювали застосування тактичної ядерної зброї.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], ['THREAT']],
  ['uk', 'Міноборони Росії провело навчання із застосуванням нестратегічної ядерної зброї.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], ['THREAT']],
  ['uk', 'Шойгу обговорив з Остіном зниження ядерних ризиків.', [{ type: 'CONTACT', actor: 'Sergei Shoigu', target: 'US' }], ['ASSESSMENT']],
  ['uk', 'Пєсков заявив, що у разі розміщення ядерної зброї в Польщі Росія вживе всіх необхідних заходів.', [{ type: 'WARNING', actor: 'Dmitry Peskov', severity: 3 }], ['THREAT']],
  ['uk', 'Пєсков заявив, що Росія не хоче ядерної війни.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['uk', 'Путін заявив, що Росія готова до ядерної війни з військово-технічної точки зору.', [threat('Vladimir Putin')], []],
  // Formulas of officials' channels: "ни перед чем не остановится", "кузькина мать" (the party before
  // it is the addressee, not an accused), "Посейдон смоет…".
  ['ru', 'Медведев дал понять, что Россия ни перед чем не остановится, если Запад продолжит поставки ракет для ударов по Крыму, напомнив о ядерном оружии.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев пообещал показать Западу кузькину мать, напомнив о ядерном оружии.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', 'Медведев написал, что «Посейдон» смоет Британию радиоактивной волной.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  // A Belarusian ministry in the genitive «Беларуси» speaks for Belarus, not for Russia's «Минобороны».
  ['ru', 'Минобороны Беларуси сообщило, что в стране началась внезапная проверка готовности носителей нестратегического ядерного оружия.', [{ type: 'POSTURE', actor: 'Belarus' }], ['POSTURE by Russia']],
  // A notification is a contact when it is the launch-notification channel; one whose content is named is the step.
  ['ru', 'Рябков заявил, что Россия и США продолжают обмениваться уведомлениями о пусках межконтинентальных баллистических ракет.', [{ type: 'CONTACT', actor: 'Sergei Ryabkov' }], []],
  ['ru', 'Москва уведомила Вашингтон, что временно выводит свои объекты из-под инспекций по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 4 }], ['CONTACT']],
  // Not letting the adversary get nuclear weapons: a warning of a counter-step; the West named as the one who
  // first spoke of nuclear war: an accusation.
  ['ru', 'Лавров заявил, что Москва не позволит Киеву обзавестись ядерным оружием.', [{ type: 'WARNING', actor: 'Sergey Lavrov', severity: 3, target: 'UA' }], ['THREAT']],
  ['ru', 'Лавров заявил, что о ядерной войне первыми заговорили западные политики.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], ['THREAT']],
  ['ru', 'Вольфович заявил, что нестратегическое ядерное оружие служит средством стратегического сдерживания.', [{ type: 'DOCTRINE', actor: 'Alexander Volfovich' }], ['THREAT']],
  // No threat seen or present ("угрозы применения … нет" is a judgement of low risk, not a threat), nuclear
  // use "not discussed".
  ['ru', 'Шойгу заявил, что угрозы применения ядерного оружия сейчас нет.', [{ type: 'ASSESSMENT', actor: 'Sergei Shoigu', severity: 1 }], ['THREAT']],
  ['ru', 'Песков заявил, что Кремль не видит угрозы ядерной войны.', [{ type: 'ASSESSMENT', actor: 'Dmitry Peskov', severity: 1 }], ['THREAT']],
  ['ru', 'Песков заявил, что в Кремле не обсуждают применение ядерного оружия.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT', 'PLANNING']],
  ['uk', 'Буданов заявив, що загрози застосування ядерної зброї зараз немає.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov', severity: 1 }], ['THREAT']],
  ['uk', 'Путін заявив, що Росія не дозволить Україні отримати ядерну зброю.', [{ type: 'WARNING', actor: 'Vladimir Putin', severity: 3, target: 'UA' }], ['THREAT']],
  // Telegram abbreviations for the weapons and forces («ЯО», «СЯС», «ЯЗ»), no-first-use with an auxiliary verb.
  ['ru', 'Песков заявил, что Россия не будет применять ЯО первой.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT']],
  ['ru', 'Минобороны России сообщило, что СЯС провели учения по нанесению массированного ядерного удара.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], ['THREAT']],
  ['uk', 'Медведєв погрожує застосувати ЯЗ проти Києва.', [threat('Dmitry Medvedev', { target: 'UA' })], []],
  // Session 9 (helper B9): classes the first runs of holdout-4 … holdout-8 found with no cue.
  // Destruction and strikes in the first person future, in both languages («уничтожим», «ударим», «знищимо»).
  ['ru', 'Медведев написал, что в ядерной войне мы уничтожим Британию за несколько минут.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  ['ru', 'Медведев пообещал: «Если Киев получит ядерное оружие, ударим по центрам принятия решений».', [threat('Dmitry Medvedev')], []],
  ['uk', 'Медведєв заявив, що в ядерній війні ми знищимо Британію за кілька хвилин.', [threat('Dmitry Medvedev', { target: 'GB' })], []],
  // The promised answer in any word order and number: «ответ последует», «удары будут молниеносными»; the
  // threats «стратегического характера» Moscow's veiled name for what nuclear deterrence answers.
  ['ru', 'Шойгу заявил, что в случае ядерной атаки на Белоруссию ответ последует немедленно.', [threat('Sergei Shoigu')], []],
  ['ru', 'Путин заявил, что если кто-то создаст для России угрозы стратегического характера, удары будут молниеносными.', [threat('Vladimir Putin')], []],
  ['ru', 'Лукашенко заявил, что цели для ядерного оружия уже определены.', [threat('Alexander Lukashenko')], []],
  // The threat put on the adversary by contrast («в Вашингтоне, а не в Москве»): an accusation, no threat.
  ['ru', 'Захарова заявила, что ядерным оружием размахивают в Вашингтоне, а не в Москве.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['THREAT']],
  // Treaty data and notifications stopped, a treaty said not to be kept, a treaty body's meeting put off.
  ['ru', 'Госдепартамент сообщил, что США перестали передавать России данные по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'United States', severity: 3, target: 'RU' }], []],
  ['ru', 'Рябков заявил, что Москва прекратила обмен данными с Вашингтоном по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 3 }], []],
  ['ru', 'Заседание комиссии по ДСНВ перенесено на более поздний срок, сообщил МИД России.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }], []],
  ['uk', 'Держдеп повідомив, що США перестали передавати Росії дані за ДСНО.', [{ type: 'ARMS_CONTROL', actor: 'United States', severity: 3 }], []],
  // Deployments in the passive and transfers of carriers; aircraft refitted for nuclear weapons.
  ['ru', 'Минобороны России сообщило, что истребители МиГ-31 с ракетами «Кинжал», способными нести ядерные боеголовки, перебазированы в Калининградскую область.', [{ type: 'POSTURE', actor: 'Russia', severity: 6 }], []],
  ['ru', 'Путин объявил, что Россия передаст Белоруссии комплексы «Искандер-М», способные нести ядерное оружие.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['ru', 'Лукашенко заявил, что белорусские самолёты переоборудованы для ядерного оружия.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 5 }], []],
  ['uk', 'Путін оголосив, що Росія передасть Білорусі комплекси «Іскандер-М», здатні нести ядерну зброю.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['uk', 'Лукашенко заявив, що білоруські літаки переобладнано під ядерну зброю.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  // Doctrine stated as what the weapons are for; a step said to be unrelated; no change seen (every person).
  ['ru', 'Вольфович заявил, что ядерное оружие служит инструментом сдерживания.', [{ type: 'DOCTRINE', actor: 'Alexander Volfovich' }], ['THREAT']],
  ['ru', 'Путин заявил, что ядерная триада гарантирует суверенитет страны.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Пентагон заявил, что модернизация ядерных бомб никак не связана с событиями на Украине.', [{ type: 'REASSURANCE', actor: 'United States', severity: 0 }], []],
  ['ru', 'Столтенберг заявил, что НАТО не видит изменений в ядерной позиции России.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg', severity: 1 }], []],
  ['uk', 'Столтенберг заявив, що НАТО не бачить змін у ядерній позиції Росії.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg', severity: 1 }], []],
  // The imperfective and first person of "use" («применять», «применю»), "a reminder" of the weapons or of
  // being a nuclear power; weapons that "arrived"; no-first-use in the imperfective stays a reassurance.
  ['ru', 'Лукашенко заявил, что Белоруссия готова применять ядерное оружие при агрессии.', [threat('Alexander Lukashenko')], []],
  ['ru', 'Медведев напомнил о ядерном оружии России.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Путин заявил, что коллективный Запад уже начинает применять оружие с ядерной компонентой.', [{ type: 'ACCUSATION', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Медведев напомнил, что Россия — крупнейшая ядерная держава.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Песков напомнил о недопустимости ядерной войны.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Путин заявил, что Россия не будет применять ядерное оружие первой.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Лукашенко заявил, что первая партия ядерных боеприпасов уже прибыла в Белоруссию.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }], []],
  ['uk', 'Лукашенко заявив, що перша партія ядерних боєприпасів уже прибула до Білорусі.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],  // "No need to use" in any order and tense (a denial, not the verb «применять» read as a threat); the
  // doctrine's condition (a threat to the state's existence); a mirror answer to a test the other side
  // might hold (a warning of a counter-step, §4 level 3, in either clause order); ships arriving off the coast.
  ['ru', 'Путин отметил, что необходимости применять ядерное оружие на Украине никогда не возникало.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin', severity: 0 }], ['THREAT']],
  ['ru', 'Путин: необходимости применять ядерное оружие нет.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  // The speaker's own view in the first person ("мы полагаем, что все должны быть осторожны…") is the
  // speaker's statement; a third person's ("в Кремле полагают, что…") frames what it judges.
  ['ru', 'Песков: «Мы полагаем, что все должны быть очень осторожны с ядерной риторикой».', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['ru', 'В Кремле полагают, что признаков подготовки ядерного удара нет.', [{ type: 'ASSESSMENT', actor: 'Russia', severity: 1 }], ['THREAT', 'POSTURE']],
  // Forces kept "in full readiness" state a deterrence policy; brought to combat readiness is a step.
  ['ru', 'Путин заявил, что ядерную триаду будут держать в полной готовности.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }], ['POSTURE']],
  ['ru', 'Минобороны сообщило, что ракетный полк приведён в полную боевую готовность для пуска «Ярса».', [{ type: 'POSTURE', actor: 'Russia', severity: 6 }], []],
  ['ru', 'МИД РФ: Вашингтон ведёт дело к прямому столкновению ядерных держав.', [{ type: 'ACCUSATION', actor: 'Russia', target: 'US' }], ['THREAT']],
  ['uk', 'Путін заявив, що необхідності застосовувати ядерну зброю в Україні не було.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Путин заявил, что ядерное оружие может быть применено, если под угрозой окажется существование государства.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }], []],
  ['ru', 'Путин заявил, что если американцы проведут ядерное испытание, Россия поступит так же.', [{ type: 'WARNING', actor: 'Vladimir Putin', severity: 3, target: 'US' }], ['THREAT']],
  ['ru', 'Если США проведут ядерные испытания, Россия сделает то же самое, заявил Путин.', [{ type: 'WARNING', actor: 'Vladimir Putin', severity: 3 }], ['THREAT']],
  ['uk', 'Путін заявив, що якщо США проведуть ядерні випробування, Росія зробить те саме.', [{ type: 'WARNING', actor: 'Vladimir Putin', severity: 3 }], ['THREAT']],
];

/** Hard negatives: the same verbs and words with no nuclear weapon about. Each must give no signal. */
const MISSES: readonly [string, string][] = [
  ['ru', 'Росатом начал испытания нового энергоблока Курской АЭС-2.'],
  ['ru', 'На Курской АЭС прошла проверка готовности к работе в зимний период.'],
  ['ru', 'Лихачёв заявил, что строительство атомного ледокола «Чукотка» идёт по графику.'],
  ['ru', 'Тренер сборной России не исключил изменений в составе перед матчем.'],
  ['ru', 'Минобороны России сообщило, что расчёты отрабатывают стрельбу из стрелкового оружия.'],
  ['ru', 'Кремль предупредил о возможном повышении тарифов.'],
  ['ru', 'Аналитики назвали решение Центробанка настоящей ядерной бомбой для рынка.'],
  ['ru', 'Росатом и Узбекистан обсудили с партнёрами строительство атомной станции малой мощности.'],
  ['ru', 'Губернатор не исключил, что ответ будет жёстким, если застройщик не выполнит обязательства.'],
  // Session 9: the same verbs about fuel, football, a board meeting, customer data; "передаёт ТАСС" beside a missile.
  ['ru', 'Росатом передаст Египту ядерное топливо для АЭС «Эль-Дабаа».'],
  ['ru', 'Сборная России уничтожит соперника, пообещал тренер.'],
  ['ru', 'Заседание совета директоров перенесено на более поздний срок.'],
  ['ru', 'Компания перестала передавать данные клиентов третьим лицам.'],
  ['ru', 'Ракетный крейсер провёл стрельбы «Калибрами» на учениях, передаёт ТАСС.'],
  ['uk', 'Росатом передасть Єгипту ядерне паливо для АЕС.'],
  ['uk', 'Компанія перестала передавати дані клієнтів.'],
  ['ru', 'Делегация прибыла в Минск на переговоры о поставках зерна.'],
  ['ru', 'Врачи напомнили о пользе прививок.'],  ['ru', 'Сборная прибыла в Гавану на товарищеский матч.'],
  ['ru', 'Если соседи сделают ремонт, мы сделаем то же самое.'],
];

test('signals: Russian verb classes in all their forms, and the constructions of officials’ posts', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: the Russian rows give no signal the row does not name', () => {
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});

test('signals: Russian hard negatives (civil nuclear power, sport, tariffs, small arms, a figure of speech) give none', () => {
  const spurious = MISSES.flatMap(([lang, text], i) => rowSignals(lang, text).map((s) => `miss ${i}: ${describe(s)} — ${text}`));
  assert.deepEqual(spurious, []);
});

/**
 * Paradigms: every form of a verb class — aspects, tenses, persons, gerunds, the nominalisation and
 * its cases — must meet a cue of the class's type in the Russian cue lexicon. A cue is a stem, and a
 * stem cut after an alternating vowel or consonant («предупреди-» for «предупредят», «обвини-» for
 * «обвинение», «приостанов-» for «приостанавливает») misses forms; this table finds such gaps without
 * running the pipeline. Forms of steps carry their object, as the step cues need a weapon or treaty.
 */
const PARADIGMS: Readonly<Record<string, readonly string[]>> = {
  THREAT: [
    'пригрозил', 'пригрозила', 'пригрозили', 'пригрозит', 'пригрозят', 'пригрозив', 'погрозил', 'угрожает', 'угрожают', 'угрожал', 'угрожая', 'угроза', 'угрозы', 'применит', 'применят', 'применить', 'применил',
    'уничтожим', 'ударим', 'сотрём', 'ответ последует', 'цели определены', 'цели мы уже определили', 'определили цели', 'применять', 'применю', 'применяем',
  ],
  WARNING: [
    'предупредил', 'предупредила', 'предупредили', 'предупредит', 'предупредят', 'предупредив', 'предупреждает', 'предупреждают', 'предупреждал', 'предупреждая',
    'предупреждение', 'предупреждением', 'предостерёг', 'предостерегла', 'предостережёт', 'предостерегает', 'предостерегая', 'предостережение',
    'осудил', 'осуждает', 'осуждают', 'осуждение', 'осуждения',
  ],
  // Not the noun «обвинение»: it is more often what a denial rejects («назвала обвинения абсурдными»).
  ACCUSATION: ['обвинил', 'обвинила', 'обвинили', 'обвинит', 'обвиняет', 'обвиняют', 'обвиняя'],
  POSTURE: [
    'разместил ядерное оружие', 'разместят ядерное оружие', 'размещает ядерное оружие', 'размещая ядерное оружие', 'размещение ядерного оружия', 'ядерное оружие размещено',
    'развернёт ядерное оружие', 'развёртывает ядерное оружие', 'развертывание ядерного оружия', 'испытал ракету', 'испытает ракету', 'испытывает ракету', 'испытывают ракету',
    'испытание ракеты', 'испытаний ракеты', 'учения', 'учение', 'учений', 'учениях', 'тренировку', 'переведены в повышенную готовность', 'приведены в повышенную готовность',
    'приводит в боевую готовность', 'заступил на боевое дежурство', 'поставлен на боевое дежурство', 'отрабатывают', 'отработали', 'ядерных боеголовок со складов',
  ],
  ARMS_CONTROL: [
    'приостановил участие в договоре', 'приостанавливает участие в договоре', 'приостановка участия в договоре', 'вышла из договора', 'вышел из договора', 'выйдет из договора',
    'выходит из договора', 'выход из договора', 'денонсировал договор', 'денонсирует договор', 'денонсация договора', 'отозвала ратификацию', 'отзыв ратификации',
    'прекращает участие в договоре', 'перестали передавать данные по ДСНВ', 'прекратила обмен данными по ДСНВ', 'не выполняет обязательства по ДСНВ',
    'заседание по ДСНВ перенесено на более поздний срок',
  ],
  CONTACT: ['переговоры', 'переговорах', 'переговоров', 'созвонились', 'созвонился', 'беседовали', 'телефонный разговор', 'телефонного разговора', 'обсудил с', 'поговорил с', 'встретился с'],
  REASSURANCE: ['не собирается', 'не собираемся', 'не планирует', 'не намерена', 'не угрожает', 'никому не угрожает', 'не хочет войны', 'не допустить ядерной войны'],
};

test('signals: every form of a Russian verb class meets a cue of its type', () => {
  const lex = loadSignalLexicon(DEFAULT_DATA_DIR, 'ru');
  const missing = Object.entries(PARADIGMS).flatMap(([type, forms]) =>
    forms.filter((form) => !lex.cues.matchAll(fold(` ${form} `)).some((m) => m.value.type === type)).map((form) => `${type}: ${form}`),
  );
  assert.deepEqual(missing, []);
});

/** The same paradigms in Ukrainian (data/uk/signal-cues.txt). */
const UK_PARADIGMS: Readonly<Record<string, readonly string[]>> = {
  THREAT: ['пригрозив', 'пригрозила', 'пригрозить', 'пригрозять', 'погрожує', 'погрожують', 'погрожував', 'погрожуючи', 'погроза', 'застосує', 'застосують', 'застосувати'],
  WARNING: ['попередив', 'попередила', 'попередить', 'попередять', 'попереджає', 'попереджаючи', 'попередження', 'застеріг', 'застерегла', 'застерігає', 'засудив', 'засуджує', 'засудження'],
  // Not the noun «звинувачення»: «відкинуло звинувачення» is a denial, and Ukrainian has no cue that frames it.
  ACCUSATION: ['звинуватив', 'звинуватила', 'звинувачує', 'звинувачують', 'звинувачуючи'],
  POSTURE: [
    'розмістив ядерну зброю', 'розмістить ядерну зброю', 'розміщує ядерну зброю', 'розміщення ядерної зброї', 'розгорне ядерну зброю', 'розгортає ядерну зброю',
    'розгортання ядерної зброї', 'випробував ракету', 'випробує ракету', 'випробовує ракету', 'випробування ракети', 'навчання', 'навчань', 'тренування',
    'приведені в підвищену готовність', 'переведені в підвищену готовність', 'відпрацьовують', 'відпрацювали',
  ],
  ARMS_CONTROL: ['призупинив участь у договорі', 'призупиняє участь у договорі', 'призупинення участі в договорі', 'вийшла з договору', 'вийде з договору', 'вихід з договору', 'денонсація договору', 'відкликала ратифікацію'],
  CONTACT: ['переговори', 'переговорів', 'телефонна розмова', 'обговорив з', 'зустрівся з'],
  REASSURANCE: ['не збирається', 'не планує', 'не погрожує', 'нікому не погрожує'],
};

test('signals: every form of a Ukrainian verb class meets a cue of its type', () => {
  const lex = loadSignalLexicon(DEFAULT_DATA_DIR, 'uk');
  const missing = Object.entries(UK_PARADIGMS).flatMap(([type, forms]) =>
    forms.filter((form) => !lex.cues.matchAll(fold(` ${form} `)).some((m) => m.value.type === type)).map((form) => `${type}: ${form}`),
  );
  assert.deepEqual(missing, []);
});

/**
 * Session 10 (helper B10): classes the first run of holdout-9 found with no cue, each written as the
 * class in several shapes (other verbs, tenses, word orders, actors), in Russian and Ukrainian.
 */
const ROWS_10: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Calming with no nuclear word of its own: "must not cause concern", "no cause for alarm", "nothing to worry about".
  ['ru', 'Песков заявил, что учения ядерных сил являются плановыми и не должны вызывать беспокойства.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT', 'WARNING']],
  ['ru', 'Захарова заявила, что поводов для беспокойства из-за учений с ядерным оружием нет.', [{ type: 'REASSURANCE', actor: 'Maria Zakharova' }], ['THREAT', 'WARNING']],
  ['ru', 'Оснований для тревоги нет: речь идёт о плановой тренировке ядерных сил, сообщили в Минобороны России.', [{ type: 'REASSURANCE', actor: 'Russia' }], ['THREAT']],
  ['ru', 'В Кремле призвали не беспокоиться: пуски ракет ядерной триады — плановые.', [{ type: 'REASSURANCE', actor: 'Russia' }], ['THREAT', 'WARNING']],
  ['ru', 'Шойгу заявил, что волноваться не о чем: ядерные силы выполняют плановые задачи.', [{ type: 'REASSURANCE', actor: 'Sergei Shoigu' }], ['THREAT']],
  ['ru', 'Пентагон заявил, что замена бомб B61-12 в Европе никак не связана с событиями на Украине.', [{ type: 'REASSURANCE', actor: 'United States' }], []],
  ['uk', 'Пєсков заявив, що приводів для занепокоєння через навчання з ядерною зброєю немає.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT', 'WARNING']],
  ['uk', 'Пєсков заявив, що навчання ядерних сил планові і не повинні викликати занепокоєння.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['WARNING']],
  // Disbelief that it will come to nuclear war, in any word order.
  ['ru', 'Лавров сказал, что не верит, что дело дойдёт до ядерной войны.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov', severity: 0 }], ['THREAT']],
  ['ru', 'Песков заявил, что до ядерной войны дело не дойдёт.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Рябков заявил, что не допускает мысли о ядерной войне с США.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], []],
  ['ru', '«Не верю, что мир скатится к ядерной войне», — сказал Лавров.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], []],
  ['uk', 'Лавров сказав, що не вірить, що справа дійде до ядерної війни.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], []],
  ['uk', 'Пєсков заявив, що до ядерної війни не дійде.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  // A carrier handed over or commissioned: "вошёл в состав", "поступили на вооружение", "заступил на дежурство", "передала флоту".
  ['ru', 'Стратегический подводный крейсер «Император Александр III» с ракетами «Булава» вошёл в состав ВМФ России.', [{ type: 'POSTURE', actor: 'Russia', severity: 5 }], []],
  ['ru', 'Минобороны России сообщило, что новые комплексы «Ярс» поступили на вооружение дивизии.', [{ type: 'POSTURE', actor: 'Russia', severity: 5 }], []],
  ['ru', 'Минобороны России сообщило, что полк с комплексами «Ярс» заступил на боевое дежурство.', [{ type: 'POSTURE', actor: 'Russia', severity: 6 }], []],
  ['ru', 'Россия передала флоту атомную подводную лодку «Белгород» — носитель аппаратов «Посейдон».', [{ type: 'POSTURE', actor: 'Russia', severity: 5 }], []],
  // Moving nuclear weapons named by a noun: "перемещение", "передача", "транспортировка".
  ['ru', 'Лукашенко сообщил, что перемещение российского тактического ядерного оружия в Белоруссию началось.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 7 }], []],
  ['ru', 'Передача Белоруссии российского тактического ядерного оружия началась, заявил Лукашенко.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'По словам Лукашенко, транспортировка ядерных боеприпасов в Белоруссию завершена.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['uk', 'Лукашенко повідомив, що переміщення російської тактичної ядерної зброї до Білорусі почалося.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 7 }], []],
  // A threat as a right or as being forced to.
  ['ru', 'Медведев заявил, что Россия вправе ответить ядерным ударом на нападение на Крым.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев заявил, что Россия имеет полное право применить ядерное оружие, если НАТО нападёт на Крым.', [threat('Dmitry Medvedev', { target: 'NATO' })], []],
  ['ru', 'Ким Чен Ын заявил, что ядерные силы КНДР будут вынуждены выполнить свою вторую миссию.', [threat('Kim Jong Un')], []],
  ['ru', 'Лукашенко заявил, что Белоруссия будет вынуждена применить ядерное оружие, если на неё нападут.', [threat('Alexander Lukashenko')], []],
  ['uk', 'Медведєв заявив, що Росія має повне право застосувати ядерну зброю.', [threat('Dmitry Medvedev')], []],
  // Proliferation held out as a threat: others "ready to hand over" warheads.
  ['ru', 'Медведев заявил, что ряд стран готов передать Ирану собственные ядерные боезаряды.', [threat('Dmitry Medvedev')], ['POSTURE']],
  // An arsenal built up, promised or begun.
  ['ru', 'Ким Чен Ын пообещал наращивать ядерный потенциал страны максимально быстрыми темпами.', [{ type: 'POSTURE', actor: 'Kim Jong Un', severity: 5 }], []],
  ['ru', 'Путин заявил, что Россия продолжит наращивать свои стратегические ядерные силы.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['ru', 'Си Цзиньпин поручил ускорить наращивание ядерного арсенала Китая.', [{ type: 'POSTURE', actor: 'Xi Jinping' }], []],
  ['ru', 'КНДР увеличит производство ядерных боеголовок в геометрической прогрессии, заявил Ким Чен Ын.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ['uk', 'Кім Чен Ин пообіцяв нарощувати ядерний потенціал країни максимально швидкими темпами.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  // Loyalty to a treaty as a non-nuclear state: a regime act at level 0; "remains committed" stays a reassurance.
  ['ru', 'Пресс-секретарь президента Казахстана заявил, что Казахстан как неядерное государство остаётся верен Договору о нераспространении ядерного оружия.', [{ type: 'ARMS_CONTROL', actor: 'Kazakhstan', severity: 0 }], []],
  ['uk', 'Казахстан залишається вірним Договору про нерозповсюдження ядерної зброї, заявив Токаєв.', [{ type: 'ARMS_CONTROL', actor: 'Kazakhstan', severity: 0 }], []],
  ['ru', 'Рябков заявил, что Россия остаётся приверженной ДСНВ.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], ['ARMS_CONTROL']],
  // Nuclear weapons offered to those who join, or demanded back.
  ['ru', 'Лукашенко предложил странам, которые хотят получить ядерное оружие, присоединиться к Союзному государству.', [{ type: 'DOCTRINE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'Лукашенко пообещал ядерное оружие всем, кто вступит в Союзное государство.', [{ type: 'DOCTRINE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'Зеленский заявил, что Украине нужно вернуть ядерный статус.', [{ type: 'DOCTRINE', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', '«Поверніть нам ядерну зброю», – наголосив Зеленський.', [{ type: 'DOCTRINE', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Зеленський заявив, що Україні треба повернути ядерний статус.', [{ type: 'DOCTRINE', actor: 'Volodymyr Zelenskyy' }], []],
  // The adversary making nuclear weapons usable, lowering the threshold: the Russian side's accusation; its own lowering is doctrine.
  ['ru', 'Грушко заявил, что США фактически превращают ядерные боеприпасы в «оружие поля боя».', [{ type: 'ACCUSATION', actor: 'Alexander Grushko', target: 'US' }], ['THREAT']],
  ['ru', 'В МИД России заявили, что США снижают ядерный порог, ускоряя размещение новых бомб в Европе.', [{ type: 'ACCUSATION', actor: 'Russia', target: 'US' }], ['THREAT']],
  ['ru', 'Захарова заявила, что Вашингтон понижает порог применения ядерного оружия.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Путин заявил, что Россия снизила порог применения ядерного оружия.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5 }], ['ACCUSATION']],
  // Readiness to give the order to use nuclear weapons.
  ['ru', 'Лиз Трасс заявила, что готова отдать приказ о применении ядерного оружия.', [threat('Liz Truss')], []],
  // Forces ordered to readiness with the object between the verb and «в»; a nuclear underwater drone tested;
  // statements called dangerous "in terms of nuclear escalation"; "more powerful weapons" as the answer.
  ['ru', 'Ким Чен Ын приказал привести ядерные силы в полную готовность к контратаке.', [{ type: 'POSTURE', actor: 'Kim Jong Un', severity: 6 }], []],
  ['ru', 'Пхеньян провёл испытание подводного ядерного беспилотника «Хэиль», сообщило ЦТАК.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['ru', 'Песков назвал заявления Макрона об отправке войск на Украину очень опасными с точки зрения ядерной эскалации.', [{ type: 'WARNING', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Володин заявил, что применение Западом дальнобойного оружия против ядерной державы приведёт к ответу с использованием более мощного оружия.', [threat('Vyacheslav Volodin')], []],
  // A stated nuclear strategy of retaliation: doctrine, the conditional strike its content (not a threat).
  ['ru', 'Путин заявил, что ядерная стратегия России построена на ответно-встречном ударе: если по нам ударят, мы ответим.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }], ['THREAT']],
  ['ru', 'Шойгу напомнил, что стратегия России в области ядерного сдерживания построена на ответном ударе.', [{ type: 'DOCTRINE', actor: 'Sergei Shoigu' }], ['THREAT']],
  // A flag raised on a carrier: commissioning; the triad strengthened.
  ['ru', 'Путин принял участие в церемонии подъёма флага на стратегическом ракетном подводном крейсере «Князь Пожарский».', [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 5 }], []],
  ['ru', 'На атомной подводной лодке «Архангельск» с крылатыми ракетами «Оникс» поднят Андреевский флаг, сообщило Минобороны России.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['ru', 'Путин заявил, что Россия продолжит укреплять морскую составляющую ядерной триады.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  // "The whole strategic arsenal will be used" (passive future), capitals named as targets (§4 level 5); "no one will survive".
  ['ru', 'Медведев заявил, что против Киева, Берлина и Лондона будет применён весь стратегический арсенал России.', [threat('Dmitry Medvedev', { severity: 5 })], []],
  ['ru', 'Медведев заявил, что в такой войне будут применены все виды стратегического оружия, и её не переживёт никто.', [threat('Dmitry Medvedev')], []],
  // A treaty forum's draft blocked, a draft resolution vetoed: a regime act (§4 level 2).
  ['ru', 'Россия заблокировала проект итогового документа обзорной конференции ДНЯО.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }], []],
  ['ru', 'Россия наложила вето на проект резолюции Совбеза ООН о запрете ядерного оружия в космосе.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }], []],
  // "Nobody thinks of using": a denial of intent; a treaty that ends or whose term runs out.
  ['ru', 'Песков: никто в Кремле не думает о применении ядерного оружия.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Рябков: ДСНВ прекратит действие в феврале, замены ему нет.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov' }], []],
  // The adversary's threat judged a bluff (not "это не блеф", a threat); a denial of meaning to build the weapons;
  // no indicators with the verb last; warheads moved (Ukrainian).
  ['ru', 'Блинкен заявил, что угрозы Кремля применить ядерное оружие — это блеф.', [{ type: 'ASSESSMENT', actor: 'Antony Blinken', severity: 1 }], ['THREAT']],
  ['ru', 'Медведев заявил, что это не блеф и Россия применит ядерное оружие.', [threat('Dmitry Medvedev')], ['ASSESSMENT']],
  ['uk', 'Сибіга заявив, що погрози Кремля застосувати ядерну зброю — це блеф.', [{ type: 'ASSESSMENT', actor: 'Andrii Sybiha' }], ['THREAT']],
  ['ru', 'Зеленский заявил, что Украина никогда не имела намерения создавать ядерное оружие.', [{ type: 'REASSURANCE', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Зеленський заявив, що Україна ніколи не мала наміру створювати ядерну зброю.', [{ type: 'REASSURANCE', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Буданов: ознак підготовки Росії до застосування ядерної зброї немає.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov', severity: 1 }], ['THREAT']],
  ['uk', 'Росія перемістила ядерні боєголовки до кордону з Україною, повідомили в ГУР.', [{ type: 'POSTURE', actor: 'Russia', severity: 7 }], []],
  // "Any means" in the accusative; "such a case does not exist now" (the condition of use named and denied);
  // a condition put on arms-control talks.
  ['ru', 'Лавров заявил, что Россия готова использовать любые средства, чтобы не допустить стратегического поражения от ядерной державы.', [threat('Sergey Lavrov')], []],
  ['ru', 'Путин заявил, что ядерное оружие применяется только в исключительных случаях, и такого случая сейчас нет.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], []],
  ['ru', 'Рябков заявил, что без учёта ядерных потенциалов Великобритании и Франции разговор о сокращении вооружений не имеет смысла.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 1 }], []],
  // A refusal of intent to use: the use verb inside it is refused, no threat; a use verb in another clause still threatens.
  ['ru', 'Песков: Россия не собирается применять ядерное оружие на Украине.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Путин заявил, что Россия не планирует применять ядерное оружие против Украины.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['uk', 'Пєсков заявив, що Росія не збирається застосовувати ядерну зброю в Україні.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Медведев заявил, что Россия не собирается терпеть удары по своей территории и применит ядерное оружие.', [threat('Dmitry Medvedev')], []],
  // Carriers "able to carry nuclear weapons" received, a list between the verb and the phrase; use "a last resort";
  // a call to remember Russia's nuclear weapons with no subject before it.
  ['ru', 'Лукашенко: Беларусь получила от России «Искандеры» и Су-25, способные нести ядерное оружие.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 5 }], []],
  ['ru', 'Путин: применение ядерного оружия — крайняя мера.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }], ['THREAT']],
  ['ru', 'Медведев написал, что не стоит забывать о ядерном арсенале России.', [threat('Dmitry Medvedev')], []],
  // "Ответные меры военно-технического характера": a counter-step named, a warning (§4 level 3), not a threat.
  ['ru', 'Захарова заявила, что в случае размещения американского ядерного оружия в Великобритании Россия примет ответные меры военно-технического характера.', [{ type: 'WARNING', actor: 'Maria Zakharova', severity: 3 }], ['THREAT']],
  // The same later-round classes in Ukrainian.
  ['uk', 'Путін заявив, що ядерна стратегія Росії побудована на ударі у відповідь: якщо по нас ударять, ми відповімо.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }], ['THREAT']],
  ['uk', 'Лавров заявив, що Росія готова використати будь-які засоби, щоб не допустити стратегічної поразки від ядерної держави.', [threat('Sergey Lavrov')], []],
  ['uk', 'Путін: застосування ядерної зброї — крайній захід.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['uk', 'Росія наклала вето на проєкт резолюції Радбезу ООН про заборону ядерної зброї в космосі.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }], []],
  // The worst still ahead: a judgement of what is coming.
  ['ru', 'Столтенберг заявил, что нынешний ядерный кризис — всего лишь разминка, а самое страшное ещё впереди.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg', severity: 2 }], []],
];

/** The same words with no nuclear weapon about, or a step proposed rather than weapons offered: nothing of the class. */
const MISSES_10: readonly [string, string, string][] = [
  ['ru', 'Рост цен на бензин не должен вызывать беспокойства, заявил Песков.', ''],
  ['ru', 'Росатом заявил, что работа атомной электростанции не должна вызывать беспокойства.', ''],
  ['ru', 'Эксперты опасаются, что дело может дойти до ядерной войны.', 'REASSURANCE'],
  ['ru', 'Перемещение войск к границе началось, заявил Лукашенко.', ''],
  ['ru', 'Украина вправе защищаться, заявил Зеленский.', ''],
  ['ru', 'Росатом наращивает выпуск ядерного топлива для атомных электростанций.', ''],
  ['ru', '«Севмаш» передал флоту новый ледокол.', ''],
  ['ru', 'Минобороны передало войскам новые бронемашины.', ''],
  ['ru', 'Сборная будет вынуждена играть без лидера, заявил тренер.', ''],
  ['ru', 'Тренер пообещал наращивать темпы подготовки к чемпионату.', ''],
  ['ru', 'Курская АЭС-2 вошла в состав генерирующих мощностей Росатома.', ''],
  ['ru', 'Захарова заявила, что Макрон сам предлагает разместить ядерное оружие ближе к нашим границам.', 'DOCTRINE'],
  ['ru', 'Грушко призвал Вашингтон вернуть своё ядерное оружие на национальную территорию.', 'DOCTRINE'],
  ['uk', 'Росатом нарощує виробництво ядерного палива.', ''],
  ['ru', 'Губернатор назвал ситуацию с ледоходом опасной.', ''],
  ['ru', 'На атомном ледоколе «Урал» поднят государственный флаг.', ''],
  ['ru', 'Компания сообщила, что её стратегия построена на экспорте.', ''],
  ['ru', 'Врачи напомнили, что самолечение — крайняя мера.', ''],
  ['uk', 'На атомному криголамі «Урал» піднято державний прапор.', ''],
  ['ru', 'Компания привела производственные мощности в полную готовность к зиме.', ''],
  ['uk', 'Ціни на пальне не повинні викликати занепокоєння, заявив міністр.', ''],
];

test('signals: session 10 Russian and Ukrainian classes in their shapes', () => {
  const failures = ROWS_10.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: session 10 hard negatives give nothing of the class (empty: no signal at all)', () => {
  const failures = MISSES_10.flatMap(([lang, text, type]) => {
    const out = rowSignals(lang, text);
    const bad = type === '' ? out : out.filter((s) => s.type === type);
    return bad.length > 0 ? [`${text} gave [${bad.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});

test('signals: "любые средства, чтобы не допустить стратегического поражения" is a veiled threat in a post about nuclear weapons', () => {
  const post = [
    'Глава МИД России Сергей Лавров заявил, что Россия готова использовать любые средства, чтобы не допустить стратегического поражения.',
    'По его словам, удар «Орешником» был сигналом Западу, что Москва всерьёз относится к ядерному сдерживанию.',
  ].join('\n\n');
  const out = rowSignals('ru', post);
  assert.ok(out.some((s) => s.type === 'THREAT' && s.actor.name === 'Sergey Lavrov'), out.map(describe).join('; '));
  // The same words in a post about grain prices are no threat.
  const grain = 'Глава Минсельхоза заявил, что Россия готова использовать любые средства, чтобы не допустить стратегического поражения на рынке зерна.';
  assert.deepEqual(rowSignals('ru', grain).map(describe), []);
});

test('signals: "речь идёт о…" points back to the step a nuclear post leads with, in a later paragraph', () => {
  const post = [
    'Минобороны России провело плановую тренировку стратегических ядерных сил с пусками баллистических ракет «Ярс» и «Синева».',
    'Ракеты поразили заданные цели на полигоне Кура, говорится в сообщении ведомства.',
    'Накануне пресс-секретарь президента Дмитрий Песков заявил, что речь идёт о регулярных учениях, которые не должны никого беспокоить.',
  ].join('\n\n');
  const out = rowSignals('ru', post);
  assert.ok(out.some((s) => s.type === 'REASSURANCE' && s.actor.name === 'Dmitry Peskov'), out.map(describe).join('; '));
  // The same sentence after a post about grain exports says nothing about nuclear weapons.
  const grain = post.replace(/^.*\n\n.*\n\n/, 'Минсельхоз России сообщил о рекордном экспорте зерна в этом сезоне в страны Африки и Азии.\n\nПоставки выросли на треть, говорится в сообщении ведомства.\n\n');
  assert.deepEqual(rowSignals('ru', grain).map(describe), []);
});

/**
 * Session 11 (helper B11): the standard formulas of nuclear discourse as a thesaurus of each type, each
 * formula in two or three shapes (a headline with a colon, a closing «— заявил», «по словам», a quotation),
 * written for this table: doctrine's conditions of use («лишь в исключительных случаях», «при угрозе самому
 * существованию», «критическая угроза суверенитету»), reassurance («не нуждается в применении», «не
 * заинтересована в эскалации»), reminders of the arsenal as threats («должен помнить», «следует иметь в
 * виду»), warnings («дали понять», «было бы роковой ошибкой», «ответ будет сокрушительным»), judgements of
 * risk («весь мир должен беспокоиться», «в шаге от», «угроза не снижается»), the adversary's scenarios as
 * accusations, channels, planning for a strike's aftermath and a test carried out; the Ukrainian side's
 * condemnations («має отримати тверду відповідь», «грається з вогнем»).
 */
const ROWS_11: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['ru', 'Песков: Россия применит ядерное оружие лишь в исключительных случаях.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', '«Применение ядерного оружия допускается только в крайних случаях», — напомнил Рябков.', [{ type: 'DOCTRINE', actor: 'Sergei Ryabkov' }], ['THREAT']],
  ['ru', 'По словам Пескова, ядерное оружие может быть применено при угрозе самому существованию государства.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Путин заявил, что критическая угроза суверенитету России и Белоруссии станет основанием для ядерного ответа.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Шойгу: главное предназначение ядерного оружия — сдерживание ядерного нападения.', [{ type: 'DOCTRINE', actor: 'Sergei Shoigu' }], []],
  ['ru', 'Песков: Россия не нуждается в применении ядерного оружия.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT']],
  ['ru', '«Мы не нуждаемся в ядерном оружии для решения этих задач», — сказал Шойгу.', [{ type: 'REASSURANCE', actor: 'Sergei Shoigu' }], ['THREAT']],
  ['ru', 'Лавров заявил, что Россия не заинтересована в ядерной эскалации.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], []],
  ['ru', 'Рябков: Москва не стремится к ядерной конфронтации с Вашингтоном.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], []],
  ['ru', 'Путин заявил, что Россия не размахивает ядерным оружием.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Медведев: Запад должен помнить, что у России есть ядерное оружие.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', '«Европе следует иметь в виду, что Россия — ядерная держава», — написал Медведев.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', 'Медведев заявил, что в ход может пойти и ядерное оружие.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев: НАТО получит ответ, в том числе с применением ядерного оружия.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', 'Блинкен заявил, что США дали понять Москве, к чему приведёт применение ядерного оружия.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['THREAT']],
  ['ru', 'Байден: применение Россией ядерного оружия стало бы роковой ошибкой.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  ['ru', 'Рютте заявил, что ответ альянса на применение ядерного оружия будет сокрушительным.', [{ type: 'WARNING', actor: 'Mark Rutte' }], ['THREAT']],
  ['ru', 'Шольц: бряцание ядерным оружием недопустимо.', [{ type: 'WARNING', actor: 'Olaf Scholz' }], ['THREAT']],
  ['ru', '«Весь мир должен беспокоиться», — заявил Рябков о рисках ядерной эскалации.', [{ type: 'ASSESSMENT', actor: 'Sergei Ryabkov', severity: 2 }], []],
  ['ru', 'Лавров: угроза ядерного конфликта не снижается.', [{ type: 'ASSESSMENT', actor: 'Sergey Lavrov', severity: 2 }], ['THREAT']],
  ['ru', 'Рябков заявил, что мир находится в шаге от ядерной войны.', [{ type: 'ASSESSMENT', actor: 'Sergei Ryabkov' }], []],
  ['ru', 'Грушко: НАТО отрабатывает сценарии применения ядерного оружия против России.', [{ type: 'ACCUSATION', actor: 'Alexander Grushko' }], ['POSTURE by Alexander Grushko']],
  ['ru', 'Рябков: по дипломатическим каналам Москва передала Вашингтону свою позицию по ядерным рискам.', [{ type: 'CONTACT', actor: 'Sergei Ryabkov' }], []],
  ['ru', 'КНДР провела седьмое ядерное испытание, сообщил Лавров.', [{ type: 'USE', actor: 'North Korea', severity: 8 }], []],
  ['ru', 'Ядерное оружие должно служить оборонительным целям и предотвращению войны, заявил Лавров.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], ['DOCTRINE']],
  ['uk', 'Сибіга: ядерний шантаж Кремля має отримати тверду відповідь від усіх держав.', [{ type: 'WARNING', actor: 'Andrii Sybiha' }], ['THREAT']],
  ['uk', 'Кулеба заявив, що Росія грається з вогнем, погрожуючи ядерною зброєю.', [{ type: 'WARNING', actor: 'Dmytro Kuleba' }], ['THREAT']],
  ['uk', 'Зеленський: застосування Росією ядерної зброї стане фатальною помилкою.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Медведєв: Захід має пам\'ятати, що Росія — ядерна держава.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['uk', 'Пєсков: Росія може застосувати ядерну зброю лише у виняткових випадках.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['uk', 'Пєсков заявив, що Росія не має потреби застосовувати ядерну зброю.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['uk', 'Зеленський: весь світ має хвилюватися через можливість застосування Росією ядерної зброї.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Зеленський заявив, що Путін блефує щодо ядерної зброї.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy', severity: 1 }], ['THREAT']],
  ['uk', 'Медведєв заявив, що Росія не блефує щодо ядерної зброї.', [threat('Dmitry Medvedev')], ['ASSESSMENT']],
  ['uk', 'Зеленський: уряд готує запаси протирадіаційних препаратів на випадок ядерного удару.', [{ type: 'PLANNING', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Пєсков заявив, що рішення про застосування ядерної зброї не ухвалювалося.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['uk', 'Буданов вважає, що Росія не застосує ядерну зброю.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov' }], ['THREAT']],
  ['uk', 'Пєсков: Росія не застосує ядерну зброю в Україні.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['uk', 'Медведєв заявив, що Росія може перетворити Лондон на радіоактивний попіл.', [threat('Dmitry Medvedev')], []],
  ['uk', 'КНДР провела підземне ядерне випробування, повідомив Кулеба.', [{ type: 'USE', actor: 'North Korea', severity: 8 }], []],
  ['ru', 'Песков: решение о применении ядерного оружия не принималось.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['ru', 'Лавров: ситуация сейчас опаснее, чем во время Карибского кризиса.', [{ type: 'ASSESSMENT', actor: 'Sergey Lavrov' }], []],
  ['ru', 'Трамп пригрозил КНДР ядерным ударом.', [threat('Donald Trump')], []],
  ['ru', 'Байден заявил, что Путин пригрозил Европе ядерным оружием.', [], ['THREAT']],
  ['ru', 'МИД РФ: Киев хочет получить ядерное оружие.', [{ type: 'ACCUSATION', actor: 'Russia' }], []],
  ['ru', 'Лукашенко сообщил, что Белоруссия получила ядерное оружие.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], ['ACCUSATION']],
  ['ru', 'Медведев: Британия может исчезнуть под ударами «Сармата».', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', 'Грушко: НАТО разрабатывает сценарии применения ядерного оружия против России.', [{ type: 'ACCUSATION', actor: 'Alexander Grushko' }], []],
  // Observing a treaty's limits is a treaty act; observing a test moratorium reassures.
  ['ru', 'Рябков заявил, что Россия продолжит соблюдать количественные ограничения ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 0 }], ['REASSURANCE']],
  ['ru', 'Рябков заявил, что Россия продолжит соблюдать мораторий на ядерные испытания.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], []],
  ['uk', 'Рябков заявив, що Росія продовжить дотримуватися кількісних обмежень ДСНО.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 0 }], ['REASSURANCE']],
  ['ru', 'Песков: Россия не меняет свою ядерную политику.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Рябков: угроза ядерного конфликта сохраняется.', [{ type: 'ASSESSMENT', actor: 'Sergei Ryabkov', severity: 2 }], ['THREAT']],
  ['ru', 'Зеленский назвал размещение ядерного оружия в Беларуси опасной эскалацией.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], []],
  ['ru', 'Захарова: Запад нагнетает ядерную истерию.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Салливан и Ушаков встретились в Женеве для обсуждения ядерных рисков.', [{ type: 'CONTACT', actor: 'Jake Sullivan' }], []],
  // «Недопустимо»: the Russian side's norm, the West's condemnation; «ядерная война недопустима» a norm whoever says it.
  ['ru', 'Шольц: применение ядерного оружия в Украине недопустимо.', [{ type: 'WARNING', actor: 'Olaf Scholz' }], ['REASSURANCE']],
  ['ru', 'Блинкен: ядерная война недопустима.', [{ type: 'REASSURANCE', actor: 'Antony Blinken' }], ['WARNING']],
  ['ru', 'Захарова заявила, что применение ядерного оружия недопустимо.', [{ type: 'REASSURANCE', actor: 'Maria Zakharova' }], ['WARNING']],
  ['ru', 'Гутерриш: мир приближается к ядерной войне.', [{ type: 'ASSESSMENT', actor: 'António Guterres', severity: 2 }], []],
  ['ru', 'Бернс: мы всерьёз воспринимаем ядерные угрозы Кремля.', [{ type: 'ASSESSMENT', actor: 'William J. Burns', severity: 2 }], []],
  ['ru', 'Зеленский призвал партнёров усилить давление на Россию из-за её ядерных угроз.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Зеленський закликав партнерів посилити тиск на Росію через її ядерні погрози.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], []],
  ['uk', 'Блінкен: Вашингтон дає зрозуміти Москві, що застосування ядерної зброї матиме наслідки.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  ['uk', 'Медведєв: Захід має пам’ятати, що Росія — ядерна держава.', [threat('Dmitry Medvedev')], []],
  // Headline verbs: «грозит / грозил» beside «угрожает», a nuclear strike or answer promised, «допустив застосування».
  ['ru', 'Медведев грозит Европе ядерным ударом.', [threat('Dmitry Medvedev')], ['ACCUSATION']],
  ['ru', 'Лавров: Запад грозит России ядерным оружием.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], ['THREAT']],
  ['uk', 'Медведєв знову грозить Лондону ядерним ударом.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев пообещал Западу ядерный удар.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Володин: Европа получит ядерный удар.', [threat('Vyacheslav Volodin')], []],
  ['uk', 'Медведєв пообіцяв відповісти ядерною зброєю.', [threat('Dmitry Medvedev')], []],
  ['uk', 'Путін допустив застосування ядерної зброї.', [threat('Vladimir Putin')], []],
  ['ru', 'Медведев заявил, что Россия ответит асимметрично, в том числе ядерным оружием.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев: Россия не раздумывая нанесёт удар, если Киев получит ядерное оружие.', [threat('Dmitry Medvedev')], []],
  // A nuclear plant mined or a terrorist attack on it: a radiological provocation claimed (either side's claim).
  ['ru', 'Зеленский заявил, что российские военные заминировали Запорожскую АЭС.', [{ type: 'ACCUSATION', actor: 'Volodymyr Zelenskyy' }], []],
  ['ru', 'Захарова: Киев готовит теракт на Запорожской АЭС.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
];

/** The same words where nothing nuclear is at stake: [language, text]; no signal at all. */
const MISSES_11: readonly [string, string][] = [
  ['ru', 'Министр заявил, что регион не нуждается в дополнительном финансировании.'],
  ['ru', 'Тренер заявил, что команда не заинтересована в ничьей.'],
  ['ru', 'Болельщики должны помнить, что матч начнётся на час раньше.'],
  ['ru', 'Синоптики: риск паводков в регионе возрос.'],
  ['ru', 'Центробанк дал понять, что ставка останется высокой.'],
  ['ru', 'Росатом сообщил, что на случай отключений на АЭС подготовлены резервные генераторы.'],
  ['ru', 'Глава клуба заявил, что продажа лидера была бы роковой ошибкой.'],
  ['ru', 'Министр провёл совещание по вопросам ядерной медицины.'],
  ['uk', 'Вболівальники мають пам\'ятати, що матч почнеться раніше.'],
  ['uk', 'Синоптики: ризик повеней зріс.'],
  ['uk', 'Енергоатом повідомив, що на випадок відключень на АЕС підготовлено генератори.'],
  ['uk', 'Тренер назвав поразку фатальною помилкою команди.'],
  ['ru', 'Министр заявил, что никаких решений о повышении налогов не принималось.'],
  ['ru', 'Компания хочет получить лицензию на строительство атомной электростанции.'],
  ['uk', 'Міністр заявив, що рішення про підвищення тарифів не ухвалювалося.'],
  ['ru', 'Губернатор сообщил, что угроза паводка сохраняется.'],
  ['ru', 'Фанаты устроили истерику после матча.'],
  ['ru', 'Министры встретились в Женеве для обсуждения торговых пошлин.'],
  ['ru', 'Министр призвал усилить давление на поставщиков бензина.'],
  ['ru', 'Губернатор назвал недопустимым рост тарифов.'],
  ['uk', 'Міністр закликав посилити тиск на постачальників пального.'],
  ['ru', 'Нарушителям грозит штраф до ста тысяч рублей.'],
  ['ru', 'Губернатор пообещал жителям новый мост.'],
  ['ru', 'Министр без раздумий подписал указ о тарифах.'],
  ['ru', 'Росатом сообщил о плановом ремонте энергоблока Курской АЭС.'],
  ['ru', 'Сапёры разминировали поле возле Запорожья.'],
];

test('signals: session 11 formulas of nuclear discourse, Russian and Ukrainian, in their shapes', () => {
  const failures = ROWS_11.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: session 11 formulas give nothing where no nuclear weapon is at stake', () => {
  const failures = MISSES_11.flatMap(([lang, text]) => {
    const out = rowSignals(lang, text);
    return out.length > 0 ? [`${text} gave [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});

/**
 * Session 12 (B12): the blind sets' Russian misses had a cue for none of their acts, and the step verbs
 * the lists did hold were written in the forms one document used («передаст», «переданы»). So: a step
 * verb in every person, tense, gender and voice, the object before or after it (free word order), and
 * treaty loyalty in every gender of its subject. Sentences written for this table.
 */
const ROWS_12: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['ru', 'Шойгу сообщил, что Россия передала Белоруссии тактическое ядерное оружие.', [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 6 }], []],
  ['ru', 'Лукашенко заявил, что российские военные передают белорусской армии ядерные боеголовки.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['ru', 'Лукашенко сообщил, что тактическое ядерное оружие передано Белоруссии.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }], []],
  ['ru', 'Лукашенко заявил, что ядерные боеприпасы ввезены в Белоруссию.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'Лукашенко заявил, что Россия завезла ядерное оружие в Белоруссию.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'Лукашенко заявил, что Россия доставила в Белоруссию ядерные бомбы.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['ru', 'Шойгу сообщил, что ядерные боеголовки переместили на базу в Белоруссии.', [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 7 }], []],
  ['ru', 'Шойгу сообщил, что флот ввёл в строй подводный крейсер с ракетами «Булава».', [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 5 }], []],
  ['ru', 'Песков заявил, что Россия остаётся верна Договору о нераспространении ядерного оружия.', [{ type: 'ARMS_CONTROL', actor: 'Dmitry Peskov', severity: 0 }], []],
  ['ru', 'Рябков заявил, что Россия будет и дальше выполнять обязательства по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 0 }], []],
  ['ru', 'Рябков заявил, что Россия не будет выполнять обязательства по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 2 }], []],
  ['ru', 'Рябков заявил, что Россия не будет допускать американских инспекторов на свои объекты по ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 3 }], []],
  ['ru', 'Шойгу заявил, что российское ядерное оружие предназначено для сдерживания.', [{ type: 'DOCTRINE', actor: 'Sergei Shoigu' }], []],
  ['uk', 'Лукашенко заявив, що Росія передала Білорусі тактичну ядерну зброю.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }], []],
  ['uk', 'Лукашенко заявив, що ядерні боєприпаси передані білоруській армії.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['uk', 'Лукашенко заявив, що ядерну зброю перемістили до Білорусі.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 7 }], []],
  ['uk', 'Лукашенко заявив, що Росія завезла ядерну зброю до Білорусі.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko' }], []],
  ['uk', "Рябков заявив, що Росія виконує зобов'язання за ДСНО.", [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 0 }], []],
  ['uk', 'Пєсков заявив, що ядерна зброя Росії призначена для стримування.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], []],
  // A source cited after the content («передаёт ТАСС») transfers nothing; nor do «средства доставки».
  ['ru', 'Ким Чен Ын заявил о наращивании ядерного арсенала, передаёт ЦТАК.', [{ type: 'POSTURE', actor: 'Kim Jong Un', severity: 5 }], []],
  ['ru', 'Путин заявил, что ракета «Сармат» — средство доставки ядерного оружия, передаёт ТАСС.', [], ['POSTURE']],
  ['ru', 'Путин заявил, что ядерное оружие — гарант безопасности, передал корреспондент РИА Новости.', [], ['POSTURE']],
  ['uk', 'Кім Чен Ин заявив про нарощування ядерного арсеналу, передає Укрінформ.', [{ type: 'POSTURE', actor: 'Kim Jong Un', severity: 5 }], []],
  // Formula classes tried on own sentences: aiming (нацелены / нацелит, «цели уже определены»), a
  // transfer to third states offered as a possibility, the adversary's answer as a verb («ответят
  // решительно»), a dangerous game played, rhetoric leading to escalation, disbelief in nuclear war, a
  // world that must worry.
  ['ru', 'Медведев заявил, что российские ядерные ракеты нацелены на столицы Европы.', [threat('Dmitry Medvedev', { severity: 5 })], []],
  ['ru', 'Медведев заявил, что Россия нацелит ядерные ракеты на Польшу.', [threat('Dmitry Medvedev', { target: 'PL' })], []],
  ['ru', 'Лукашенко заявил, что цели уже определены, если против Белоруссии применят ядерное оружие.', [threat('Alexander Lukashenko')], []],
  ['ru', 'Медведев заявил, что Россия может передать ядерное оружие союзникам Ирана.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев заявил, что Россия может поставить ядерное оружие противникам США.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Блинкен заявил, что США ответят решительно, если Россия применит ядерное оружие.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  ['ru', 'Захарова заявила, что Вашингтон ведёт опасную игру с ядерным оружием.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Песков заявил, что ядерная риторика Запада ведёт к эскалации.', [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Лавров заявил, что не верит в возможность ядерной войны.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], []],
  ['ru', 'Зеленский заявил, что весь мир должен беспокоиться из-за возможного применения Россией ядерного оружия.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy', severity: 2 }], []],
  // Talks "aimed at" lowering risks aim nothing at anyone.
  ['ru', 'Рябков заявил, что переговоры о ядерном оружии нацелены на снижение рисков.', [], ['THREAT']],
  ['uk', 'Рябков заявив, що переговори про ядерну зброю націлені на зниження ризиків.', [], ['THREAT']],
  ['uk', 'Медведєв заявив, що російські ядерні ракети націлені на столиці Європи.', [threat('Dmitry Medvedev', { severity: 5 })], []],
  ['uk', 'Захарова заявила, що Вашингтон веде небезпечну гру з ядерною зброєю.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  [
    'uk',
    'Зеленський заявив, що весь світ має хвилюватися через можливість застосування Росією ядерної зброї.',
    [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy', severity: 2 }],
    [],
  ],
  // A carrier named by its nuclear load («система ядерного оружия», «ракета с ядерной боеголовкой»,
  // «ядерная торпеда») is a system for a test or launch; «термоядерная война» is nuclear war; a conflict
  // that «может перерасти» into nuclear war is a serious risk; territory «под полной защитой» is a threat.
  ['ru', 'ЦТАК сообщило, что КНДР провела испытание подводной системы ядерного оружия.', [{ type: 'POSTURE', actor: 'North Korea', severity: 4 }], []],
  ['ru', 'Минобороны России сообщило об успешном пуске ракеты с ядерной боеголовкой.', [{ type: 'POSTURE', actor: 'Russia', severity: 4 }], []],
  ['uk', 'Міноборони Росії повідомило про пуск ракети з ядерною боєголовкою.', [{ type: 'POSTURE', actor: 'Russia', severity: 4 }], []],
  ['ru', 'Ким Чен Ын заявил, что конфронтация может перерасти в термоядерную войну.', [{ type: 'ASSESSMENT', actor: 'Kim Jong Un', severity: 2 }], []],
  ['ru', 'Гутерриш заявил, что конфликт может перерасти в ядерную войну.', [{ type: 'ASSESSMENT', actor: 'António Guterres', severity: 2 }], []],
  ['uk', 'Гутерреш заявив, що конфлікт може перерости в ядерну війну.', [{ type: 'ASSESSMENT', actor: 'António Guterres', severity: 2 }], []],
  [
    'ru',
    '«Новые регионы будут под полной защитой государства», — заявил Лавров, отвечая на вопрос, может ли Россия применить ядерное оружие.',
    [threat('Sergey Lavrov')],
    [],
  ],
  ['uk', 'Лавров заявив, що всі території Росії будуть під повним захистом держави, зокрема ядерною зброєю.', [threat('Sergey Lavrov')], []],
  // What a journalist asked («может ли кризис перерасти…») is not what the minister said.
  [
    'ru',
    'Отвечая на вопрос журналиста о том, может ли кризис перерасти в ядерный конфликт, Лавров сказал, что не хочет гадать.',
    [],
    ['ASSESSMENT'],
  ],
  // «Отсидеться за океаном», a war that «не ограничится Европой»: veiled, so a sentence that names no
  // nuclear weapon in a document about them is in context.
  [
    'ru',
    'Лавров напомнил о ядерной доктрине России. По его словам, если дело дойдёт до большой войны, она не ограничится Европой.',
    [threat('Sergey Lavrov')],
    [],
  ],
  ['uk', 'Лавров нагадав про ядерну доктрину Росії. За його словами, американці марно розраховують відсидітися за океаном.', [threat('Sergey Lavrov')], []],
  // The answer with a complement between noun and verb, «вплоть до ядерного», «хватит…, чтобы уничтожить»;
  // the West answering «если» the adversary uses; an arsenal that grew, in a report.
  ['ru', 'Медведев заявил, что ответ России на размещение ракет будет асимметричным, вплоть до ядерного.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев заявил, что у России хватит ядерного оружия, чтобы уничтожить всю Европу.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Макрон заявил, что Франция ответит, если Россия применит ядерное оружие против союзников.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], []],
  ['ru', 'Эксперты SIPRI заявили, что число ядерных боезарядов в мире выросло за год.', [{ type: 'ASSESSMENT', actor: 'Stockholm International Peace Research Institute' }], []],
  ['uk', 'Медведєв заявив, що відповідь Росії на розміщення ракет буде асиметричною, аж до ядерної.', [threat('Dmitry Medvedev')], []],
  // A strike promised in the future with an adjective between verb and noun («завдасть ядерного удару»).
  ['uk', 'Медведєв заявив, що Росія завдасть ядерного удару по Києву, якщо Україна атакує Крим.', [threat('Dmitry Medvedev', { target: 'UA' })], []],
  ['uk', 'Медведєв заявив, що російські війська завдадуть ядерного удару у відповідь.', [threat('Dmitry Medvedev')], []],
  ['ru', 'Медведев заявил, что мы нанесём ответный ядерный удар по центрам принятия решений.', [threat('Dmitry Medvedev')], []],
  // «Третья мировая война» is nuclear war in nuclear powers' speech; STRATCOM exists only for nuclear forces.
  ['ru', 'Песков заявил, что призывы Киева к ударам по России — это призыв к началу третьей мировой войны.', [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }], []],
  ['uk', 'Пєсков заявив, що заклики Києва до ударів по Росії — це заклик до початку третьої світової війни.', [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Командующий Стратегическим командованием США заявил, что кризис вокруг Украины — лишь разминка.', [{ type: 'ASSESSMENT', actor: 'Anthony J. Cotton' }], []],
];

/** The same verbs with no nuclear weapon as their object: [language, text]; no signal at all. */
const MISSES_12: readonly [string, string][] = [
  ['ru', 'Росатом передал МАГАТЭ данные о ядерном топливе Запорожской АЭС.'],
  ['ru', 'На Курской АЭС ввели в строй новый энергоблок.'],
  ['ru', 'Министр заявил, что правительство верно своему слову и выполняет обязательства по кредиту.'],
  ['ru', 'Компания завезла в регион новое оборудование.'],
  ['ru', 'Россия передала Китаю партию зерна, сообщил министр.'],
  ['uk', 'Енергоатом передав МАГАТЕ дані про ядерне паливо Запорізької АЕС.'],
  ['uk', "Уряд виконує зобов'язання за кредитом, заявив міністр."],
  ['ru', 'Тренер заявил, что команда ведёт опасную игру в обороне.'],
  ['ru', 'Губернатор пообещал ответить решительно на рост цен.'],
  ['uk', 'Тренер заявив, що команда веде небезпечну гру в обороні.'],
  ['ru', 'Учёные сообщили об успешном эксперименте по термоядерному синтезу.'],
  ['ru', 'Эксперт заявил, что спор клубов может перерасти в конфликт.'],
  ['ru', 'Инвесторы надеются отсидеться в облигациях, пока рынок падает.'],
  ['ru', 'Министр заявил, что программа не ограничится Европой и охватит Азию.'],
  ['ru', 'Министр заявил, что ответ правительства на рост цен будет жёстким.'],
  ['ru', 'Число туристов в регионе выросло за год.'],
  ['ru', 'Тренер заявил, что команда ответит, если соперник применит прессинг.'],
  ['uk', 'Форвард завдасть удару по воротах у другому таймі.'],
  ['ru', 'Нападающий нанесёт удар по воротам во втором тайме.'],
  ['ru', 'Историк рассказал, как в 1962 году мир оказался на грани третьей мировой войны.'],
  ['ru', 'Фильм о третьей мировой войне вышел в прокат.'],
];

test('signals: session 12 step verbs in every form and order, treaty loyalty in every gender', () => {
  const failures = ROWS_12.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: session 12 step verbs give nothing without a nuclear object', () => {
  const failures = MISSES_12.flatMap(([lang, text]) => {
    const out = rowSignals(lang, text);
    return out.length > 0 ? [`${text} gave [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});
