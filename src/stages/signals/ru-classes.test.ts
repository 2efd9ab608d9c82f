/**
 * Russian and Ukrainian rule tables of session 14 (helper R): classes that the blind first runs of
 * holdout-7 to holdout-14 missed in more than one set, each written as the language states it, in
 * the forms (tense, aspect, gender, number, voice) a wire story or a Telegram post uses —
 *  - an arsenal counted by experts or a report (SIPRI, FAS): the subject far from its verb of growth;
 *  - the adversary told as the one who resorts to nuclear blackmail (an ACCUSATION), apart from the
 *    condemnation or refusal of blackmail (a WARNING);
 *  - a nuclear carrier commissioned with no agent named (a flag raised, entered the combat strength,
 *    accepted into service): the step of the state that fields it;
 *  - loyalty to a treaty's obligations, and the adversary's nuclear test answered in kind (ARMS_CONTROL);
 *  - a nuclear carrier bought or received, and India's «Агни» by its number (POSTURE);
 *  - «ответ будет ядерным» in every gender and number; the Russian side's complaint of the adversary's
 *    nuclear steps (ACCUSATION); refusing to be intimidated in the future tense (WARNING);
 *  - holdout-14's classes once it was opened: a missile that «стартовала», a new arms race, money for new
 *    warheads, a nuclear status declared irreversible, the adversary preparing allies for nuclear use;
 *  - no first use as a policy's name, the «Russian threat» retold as the other's word, notifications stopped,
 *    drills called ordinary, the adversary's bombs turned into «battlefield weapons», a threat's words in
 *    quotation marks, salvoes (not routine bomber flights), troops ready for use, reports called absurd;
 *  - «угроза России» (a threat to it), weapons «у границ России», «главный источник» of risks, no contact.
 * Then near-misses: the same verbs about tourists, icebreakers, minesweepers, sanctions, gas, fertiliser or debt.
 * The sentences are written for these tables, not taken from any article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** Rows are dated as published on 2024-06-10. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2024-06-10');

const SIPRI = 'Stockholm International Peace Research Institute';
const posture = (actor: string): Expected => ({ type: 'POSTURE', actor });
const armsControl = (actor: string): Expected => ({ type: 'ARMS_CONTROL', actor });

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Counts of arsenals: the subject seven words from «увеличилось», the headline «SIPRI: …», a forecast,
  // «подсчитала»; the same in Ukrainian. A state's own growth stays its step, not an assessment.
  ['ru', 'Число ядерных боезарядов в арсеналах девяти ядерных держав за год увеличилось на 86, говорится в ежегодном докладе Стокгольмского международного института исследования проблем мира (SIPRI).', [{ type: 'ASSESSMENT', actor: SIPRI }], []],
  ['ru', 'SIPRI: число ядерных боеголовок в мире впервые за десятилетия выросло.', [{ type: 'ASSESSMENT', actor: SIPRI }], []],
  ['ru', 'Федерация американских учёных подсчитала, что у Китая уже около 600 ядерных боеголовок.', [{ type: 'ASSESSMENT', actor: 'Federation of American Scientists' }], []],
  ['uk', "Кількість ядерних боєзарядів у військових запасах дев'яти ядерних держав за рік збільшилася на 86, йдеться у щорічній доповіді Стокгольмського міжнародного інституту дослідження проблем миру (SIPRI).", [{ type: 'ASSESSMENT', actor: SIPRI }], []],
  ['ru', 'Китай увеличил число ядерных боеголовок до 500, сообщило министерство обороны США.', [], ['ASSESSMENT']],
  // Blackmail as the adversary's conduct: «прибегает к», «продолжает», «держит мир в страхе», «занимается»
  // (either side's accusation), Ukrainian «вдається до», «тримає світ у страху».
  ['ru', 'Зеленский заявил, что Россия прибегает к ядерному шантажу, чтобы удержать оккупированные территории.', [{ type: 'ACCUSATION', actor: 'Volodymyr Zelenskyy' }], []],
  ['ru', 'МИД Украины заявил, что Россия продолжает ядерный шантаж, угрожая миру ядерным оружием.', [{ type: 'ACCUSATION', actor: 'Ukraine' }], ['WARNING']],
  ['ru', 'МИД Украины снова заявил, что Москва держит весь мир в страхе своим ядерным шантажом.', [{ type: 'ACCUSATION', actor: 'Ukraine' }], []],
  ['ru', 'Лавров заявил, что Запад занимается ядерным шантажом.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], ['WARNING']],
  ['ru', 'Лавров заявил, что Запад прибегнет к ядерному шантажу.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], []],
  ['uk', 'У МЗС України заявили, що росія вдається до ядерного шантажу, погрожуючи світові ядерною зброєю.', [{ type: 'ACCUSATION', actor: 'Ukraine' }], ['THREAT']],
  ['uk', 'Зеленський заявив, що росія тримає світ у страху ядерною зброєю.', [{ type: 'ACCUSATION', actor: 'Volodymyr Zelenskyy' }], []],
  // Blackmail refused or condemned stays a warning.
  ['ru', 'Зеленский призвал мир не поддаваться ядерному шантажу России.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], ['ACCUSATION']],
  ['uk', 'Зеленський заявив, що світ не повинен піддатися ядерному шантажу росії.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], ['ACCUSATION']],
  // Carriers commissioned with no agent: impersonal «подняли», the noun «подъёма флага», «вошёл в боевой
  // состав», Ukrainian «увійшов до бойового складу». An agent named with an active verb stays the agent.
  ['ru', 'На «Севмаше» в Северодвинске подняли Андреевский флаг на новом атомном подводном ракетоносце «Император Александр III», вооружённом ракетами «Булава».', [posture('Russia')], []],
  ['ru', 'Ракетный подводный крейсер стратегического назначения «Генералиссимус Суворов» вошёл в боевой состав Тихоокеанского флота.', [posture('Russia')], []],
  ['ru', 'На атомном подводном крейсере стратегического назначения «Князь Пожарский» состоялась церемония подъёма Военно-морского флага.', [posture('Russia')], []],
  ['uk', 'Підводний крейсер «Князь Пожарський» з ракетами «Булава» увійшов до бойового складу Північного флоту.', [posture('Russia')], []],
  // Set on combat duty or accepted into service, an announcing official stays the actor; «Орешник» in
  // Belarus is not Russia's step.
  ['ru', 'Минобороны России сообщило, что гиперзвуковая ракета «Циркон», способная нести ядерную боевую часть, принята на вооружение флота.', [posture('Russia')], []],
  ['ru', 'Глава «Роскосмоса» Юрий Борисов сообщил, что стратегический комплекс «Сармат» заступил на боевое дежурство.', [posture('Yury Borisov')], ['POSTURE by Russia']],
  ['ru', 'Ракетный комплекс «Орешник» заступил на боевое дежурство в Белоруссии, сообщил Лукашенко.', [posture('Alexander Lukashenko')], ['POSTURE by Russia']],
  ['ru', 'Путин поднял военно-морские флаги на двух новых подводных крейсерах с ракетами «Булава».', [posture('Vladimir Putin')], ['POSTURE by Russia']],
  // Loyalty to a treaty: «остаётся верна», «приверженность обязательствам», «соблюдает обязательства»,
  // Ukrainian «дотримується зобов'язань» («привержена Договору» beside a reassurance is telegram.test.ts's).
  ['ru', 'Лавров заявил, что Россия остаётся верна Договору о нераспространении ядерного оружия.', [armsControl('Sergey Lavrov')], []],
  ['ru', 'Лавров и Ван И подтвердили приверженность обязательствам по Договору о нераспространении ядерного оружия.', [armsControl('Sergey Lavrov')], []],
  ['ru', 'Китай заявил, что строго соблюдает обязательства по Договору о всеобъемлющем запрещении ядерных испытаний.', [armsControl('China')], []],
  ['uk', "Китай заявив, що суворо дотримується зобов'язань за Договором про всеосяжну заборону ядерних випробувань.", [armsControl('China')], []],
  // A test answered in kind: «ответит тем же» before or after the test, «проведёт их»; Ukrainian
  // «відповість тим самим».
  ['ru', 'Рябков заявил, что на ядерное испытание США Россия ответит тем же.', [armsControl('Sergei Ryabkov')], []],
  ['ru', 'Рябков заявил, что Россия ответит тем же на ядерное испытание США.', [armsControl('Sergei Ryabkov')], []],
  ['ru', 'Путин заявил, что если США проведут ядерные испытания, то и Россия проведёт их.', [armsControl('Vladimir Putin')], []],
  ['uk', 'Заступник глави МЗС Росії Сергій Рябков заявив, що на ядерне випробування США Росія відповість тим самим.', [armsControl('Sergei Ryabkov')], []],
  // A nuclear carrier bought or received («закупит F-35A, способные нести…», «приобретёт самолёты, которые
  // смогут нести…», «получила «Орешник»»), India's «Агни» by its number; joining NATO's nuclear mission.
  ['ru', 'Великобритания закупит 12 истребителей F-35A, способных нести американские тактические ядерные бомбы, и присоединится к ядерной миссии НАТО.', [posture('United Kingdom')], []],
  ['ru', 'Кир Стармер объявил, что Британия приобретёт самолёты F-35A, способные нести ядерное оружие.', [posture('Keir Starmer')], []],
  ['uk', 'Велика Британія закупить 12 винищувачів F-35A, здатних нести ядерну зброю, і приєднається до ядерної місії НАТО.', [posture('United Kingdom')], []],
  ['ru', 'Организация оборонных исследований и разработок Индии (DRDO) успешно испытала ракету «Агни-5» с технологией разделяющихся головных частей.', [posture('India')], []],
  ['ru', 'Командование стратегических сил Индии провело учебный пуск ракеты «Агни-4» с острова Абдул-Калам.', [posture('India')], []],
  // «Ответ будет ядерным» in the masculine, neuter and plural; «ничего не останется» in the Russian side's mouth.
  ['ru', 'Медведев: «Если Запад продолжит, ответ будет ядерным».', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['uk', 'Медведєв заявив, що удар у відповідь буде ядерним.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Медведев заявил, что после ядерного удара от Киева ничего не останется.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Столтенберг предупредил, что если Россия применит ядерное оружие, от её армии ничего не останется.', [{ type: 'WARNING', actor: 'Jens Stoltenberg' }], ['THREAT']],
  // The Russian side's complaint of the adversary's nuclear steps: its accusation; the step is the complaint's content.
  ['ru', '▪️ Лукашенко пожаловался, что самолёты НАТО отрабатывают у границ Белоруссии полёты с ядерными зарядами.', [{ type: 'ACCUSATION', actor: 'Alexander Lukashenko' }], ['POSTURE']],
  ['uk', 'Лукашенко поскаржився, що літаки НАТО відпрацьовують біля кордонів Білорусі польоти з ядерними зарядами.', [{ type: 'ACCUSATION', actor: 'Alexander Lukashenko' }], ['POSTURE']],
  // Refusing to be intimidated, in the future and the third person.
  ['uk', 'Сибіга заявив, що ядерні погрози Кремля не залякають Україну.', [{ type: 'WARNING', actor: 'Andrii Sybiha' }], []],
  ['ru', 'Зеленский заявил, что ядерные угрозы Кремля не запугают украинцев.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], []],
  // A missile that «стартовала» (the launch with the missile as subject); a new arms race «начинается»
  // (a judgement); money spent or invested in new warheads (a build-up); a nuclear status declared
  // irreversible (a doctrine statement); the adversary «готовя союзников к применению» in the Russian
  // side's mouth (an accusation), not Russia's own readiness.
  ['ru', 'С полигона на острове Абдул-Калам стартовала баллистическая ракета «Агни-4», способная нести ядерный заряд.', [posture('India')], []],
  ['ru', 'Стокгольмский институт исследования проблем мира заявил, что в мире начинается новая гонка ядерных вооружений.', [{ type: 'ASSESSMENT', actor: SIPRI }], []],
  ['ru', 'Стармер объявил, что Британия потратит 15 миллиардов фунтов на новые ядерные боеголовки.', [posture('Keir Starmer')], []],
  ['uk', 'Велика Британія витратить 15 мільярдів фунтів на нові ядерні боєголовки.', [posture('United Kingdom')], []],
  ['ru', 'Ким Чен Ын заявил, что ядерный статус КНДР закреплён в конституции и необратим.', [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }], []],
  ['uk', 'Кім Чен Ин заявив, що ядерний статус КНДР незворотний.', [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }], []],
  ['ru', 'Ким Чен Ын заявил, что денуклеаризации не будет никогда.', [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }], []],
  ['ru', 'Захарова заявила, что Вашингтон вместе с Токио отрабатывает «расширенное сдерживание», фактически готовя союзников к сценариям применения американского ядерного оружия в Азии.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Захарова заявила, что США готовят союзников по НАТО к применению ядерного оружия в Европе.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Медведев заявил, что Россия готова к применению ядерного оружия, если её существование окажется под угрозой.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['ACCUSATION']],
  // No first use in the masculine and as a policy's name; «мнимая российская угроза» retold by the Russian
  // side is the other's word, no threat of its own; treaty notifications stopped.
  ['ru', 'МИД КНР заявил, что Китай придерживается политики неприменения ядерного оружия первым.', [{ type: 'REASSURANCE', actor: 'China' }], []],
  ['uk', 'У МЗС Китаю заявили, що Пекін дотримується політики незастосування ядерної зброї першим.', [{ type: 'REASSURANCE', actor: 'China' }], []],
  ['ru', 'Путин заявил, что Россия не применит ядерное оружие первым.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', '«Британские власти объясняют свои планы мнимой "российской угрозой", но в действительности именно они подталкивают Европу к гонке ядерных вооружений», — отметили в посольстве России.', [{ type: 'ACCUSATION', actor: 'Russia' }], ['THREAT']],
  ['ru', 'Россия прекратила все уведомления по Договору о СНВ, сообщили в МИД.', [armsControl('Russia')], []],
  ['uk', 'Росія припинила всі повідомлення за Договором про СНО, повідомили в МЗС.', [armsControl('Russia')], []],
  // Drills called ordinary («нет ничего необычного», «рутинная проверка»); the adversary's bombs turned into
  // «оружие поля боя» in the Russian side's mouth.
  ['ru', 'Песков заявил, что в учениях нет ничего необычного: это рутинная проверка готовности ядерных сил.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Замглавы МИД России Александр Грушко заявил, что США фактически превращают ядерные бомбы в «оружие поля боя».', [{ type: 'ACCUSATION', actor: 'Alexander Grushko' }], []],
  // Forms the older entries lacked: «не станет первым» (masculine, a refusal of what follows), «провёл беседу»,
  // «цели определены».
  ['ru', 'Китай заявил, что никогда не станет первым применять ядерное оружие.', [{ type: 'REASSURANCE', actor: 'China' }], ['THREAT']],
  ['ru', 'Шойгу провёл телефонную беседу с министром обороны США Ллойдом Остином, обсуждались ядерные риски.', [{ type: 'CONTACT', actor: 'Sergei Shoigu' }], []],
  ['ru', 'Лукашенко заявил, что цели для ядерного оружия уже определены.', [{ type: 'THREAT', actor: 'Alexander Lukashenko' }], []],
  // A threat's words in quotation marks («получит «ядерный ответ»»); a salvo of nuclear-capable launchers,
  // not a routine bomber flight; one's own troops that «завершили подготовку к применению»; reports of one's
  // own preparation called absurd.
  ['ru', 'Медведев пообещал, что Британия получит «ядерный ответ», если передаст Киеву дальнобойные ракеты.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['ACCUSATION']],
  ['ru', 'Пхеньян произвёл залп сверхкрупными реактивными системами залпового огня, способными нести тактические ядерные боеголовки.', [posture('North Korea')], []],
  ['ru', 'Тема ядерного сдерживания снова на первых полосах.\n\nЭкипажи Ту-22М3 выполнили плановые полёты над нейтральными водами Балтийского моря.', [], ['POSTURE']],
  ['ru', 'Белорусские военные завершили подготовку к применению тактического ядерного оружия, сообщил министр обороны Виктор Хренин.', [posture('Viktor Khrenin')], []],
  ['ru', 'Песков назвал абсурдными сообщения о подготовке России к ядерному удару.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
  // «Нічого не залишиться» in Ukrainian, as in Russian.
  ['uk', 'Медведєв пригрозив, що після ядерного удару від Лондона нічого не залишиться.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['uk', 'Столтенберг попередив, що якщо Росія застосує ядерну зброю, від її армії нічого не залишиться.', [{ type: 'WARNING', actor: 'Jens Stoltenberg' }], ['THREAT']],
  // A threat of sanctions is no nuclear threat, even in a post about nuclear weapons (T14's lines).
  ['ru', 'Трамп пригрозил Москве новыми санкциями после заявлений о ядерном оружии.', [], ['THREAT']],
  ['uk', 'Трамп пригрозив Москві новими санкціями після заяв про ядерну зброю.', [], ['THREAT']],
  // The adversary «не готовится к применению» in an intelligence chief's judgement; the adversary's step
  // called «угрозой для» Europe: a condemnation.
  ['uk', 'Буданов заявив, що росія не готується до застосування тактичної ядерної зброї.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov' }], []],
  ['ru', 'Буданов заявил, что Россия не готовится к применению тактического ядерного оружия.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov' }], []],
  ['uk', 'Сибіга заявив, що розміщення ядерної зброї в Білорусі є загрозою для всієї Європи.', [{ type: 'WARNING', actor: 'Andrii Sybiha' }], []],
  ['ru', 'Лавров заявил, что размещение американского ядерного оружия в Европе представляет угрозу для безопасности России.', [{ type: 'WARNING', actor: 'Sergey Lavrov' }], []],
  // «Угроза России» in the Russian side's mouth is a threat to Russia, not its threat; the adversary's weapons
  // «у границ России», «ближе к нашим границам»: its accusation.
  ['ru', 'Отвечу прямо: это угроза России. Человек, который называет нашу страну угрозой для Европы, сам предлагает разместить ядерное оружие ближе к нашим границам, — написала Захарова.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['THREAT by Maria Zakharova']],
  ['ru', 'Захарова заявила, что США размещают ядерное оружие у границ России.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['uk', 'Захарова заявила, що США розміщують ядерну зброю біля кордонів Росії.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  // The adversary called «главный источник» of strategic risks or nuclear danger: the Russian side's accusation.
  ['ru', '«Документ фиксирует общую оценку: главный источник стратегических рисков сегодня — курс Вашингтона на абсолютное военное превосходство», — пояснил журналистам заместитель министра иностранных дел РФ Сергей Рябков.', [{ type: 'ACCUSATION', actor: 'Sergei Ryabkov' }], []],
  // No contact reported («диалог пока не возобновлён», «контактов нет») is no CONTACT; contacts kept are one.
  ['ru', 'По словам Рябкова, диалог с США по стратегической стабильности пока не возобновлён.', [], ['CONTACT']],
  ['ru', 'Песков заявил, что контактов с Вашингтоном по стратегической стабильности сейчас нет.', [], ['CONTACT']],
  ['ru', 'Песков заявил, что контакты с Вашингтоном по ядерной безопасности поддерживаются и поводов для беспокойства нет.', [{ type: 'CONTACT', actor: 'Dmitry Peskov' }], []],
  ['ru', 'Ушаков сообщил, что Россия и США возобновили диалог по стратегической стабильности.', [{ type: 'CONTACT', actor: 'Yuri Ushakov' }], []],
  // The adversary «держит» its nuclear weapons on its allies' territory, places them in non-nuclear states, or
  // prepares allies for their use («готуючи»): the Russian side's accusation; Russia's own weapons in Belarus
  // are no accusation.
  ['ru', 'Захарова заявила, что именно Вашингтон держит своё ядерное оружие на территории союзников в Европе.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Лавров заявил, что США размещают ядерное оружие на территории неядерных стран НАТО.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], []],
  ['uk', 'Захарова заявила, що Вашингтон тримає свою ядерну зброю на території союзників у Європі.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['uk', 'Захарова заявила, що Вашингтон разом із Токіо фактично готує союзників, готуючи їх до застосування американської ядерної зброї.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['ru', 'Путин заявил, что Россия держит своё тактическое ядерное оружие на территории Белоруссии по просьбе Минска.', [], ['ACCUSATION']],
  // Strikes the speaker criticises are the object of the criticism, not the speaker's threat.
  ['ru', 'Ранее американский президент раскритиковал удары по Украине и пригрозил Москве новыми санкциями после заявлений о ядерном оружии.', [], ['THREAT']],
  ['uk', 'Трамп розкритикував удари по Україні після заяв Медведєва про ядерну зброю.', [], ['THREAT']],
  ['ru', 'Медведев пригрозил нанести удары по Лондону ядерным оружием.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
];

/** The same verbs with no nuclear weapon, carrier or regime: [language, text]; no signal at all. */
const MISSES: readonly [string, string][] = [
  ['ru', 'Число туристов в Стокгольме за год увеличилось, говорится в докладе городских властей.'],
  ['ru', 'Эксперты подсчитали, что цены на жильё выросли на 12 процентов.'],
  ['uk', 'Експерти підрахували, що ціни на житло зросли на 12 відсотків.'],
  ['ru', 'Новый ледокол «Якутия» с атомной установкой вошёл в состав флота Росатома.'],
  ['ru', 'В Кронштадте подняли флаг на новом тральщике «Семён Агафонов».'],
  ['ru', 'Лавров заявил, что на новые санкции Россия ответит тем же.'],
  ['ru', 'Песков заявил, что Россия будет соблюдать обязательства по газовому контракту.'],
  ['ru', 'Клуб обвинил соперника в шантаже игроков.'],
  ['ru', 'Великобритания закупит 12 новых истребителей для замены устаревших «Тайфунов».'],
  ['ru', 'Германия получит первую партию газа из Катара в декабре.'],
  ['ru', 'Украина получила от партнёров новую партию снарядов.'],
  ['ru', 'Лукашенко пожаловался на рост цен на удобрения.'],
  ['ru', 'Учёные считают, что энергетика будущего будет ядерной.'],
  ['uk', 'Погрози колекторів не залякають боржників, заявив юрист.'],
  ['ru', 'Правительство потратит 2 млрд рублей на строительство новой атомной электростанции.'],
  ['ru', 'Конкуренты начинают новую гонку за рынок смартфонов.'],
  ['ru', 'Воздушный шар стартовал с площади в 9 утра.'],
  ['ru', 'Банк прекратил рассылку уведомлений клиентам.'],
  ['ru', 'Компания провела рутинную проверку оборудования.'],
  ['ru', 'Тренер назвал полузащиту оружием поля боя своей команды.'],
  ['ru', 'Праздничный салют: в Москве дали залп из 30 орудий.'],
  ['ru', 'Тренер назвал абсурдными слухи о своей отставке.'],
  ['ru', 'Самолёт выполнил плановый полёт из Москвы в Сочи.'],
  ['uk', 'Після ремонту від старої кухні нічого не залишиться, пообіцяв дизайнер.'],
  ['ru', 'Мэр заявил, что ветхое жильё представляет угрозу для жителей.'],
  ['uk', 'Команда не готується до матчу з новим тренером.'],
  ['ru', 'Источник сообщил о новой угрозе срыва поставок.'],
  ['ru', 'Гросси заявил, что ядерная опасность на Запорожской АЭС сохраняется.'],
];

test('signals: session 14 Russian and Ukrainian classes in their forms', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: session 14 classes give nothing without a nuclear weapon, carrier or regime', () => {
  const failures = MISSES.flatMap(([lang, text]) => {
    const out = rowSignals(lang, text);
    return out.length > 0 ? [`${text} gave [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});
