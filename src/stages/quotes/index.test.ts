import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../document/index.ts';
import { createActors } from '../actors/index.ts';
import { createDates } from '../dates/index.ts';
import { createSentences } from '../sentences/index.ts';
import { DEFAULT_DATA_DIR } from '../../lexicon/index.ts';
import { createQuotes } from './index.ts';

const sentences = createSentences();
const dates = createDates();
const actors = createActors();
const quotes = createQuotes();

function run(text: string, lang: string): Doc {
  const doc = { ...createDoc({ source: 't', content: text, format: 'text', meta: {} }), text, lang };
  return quotes(actors(sentences(doc)));
}

/** `text | speaker | kind` for each quote. */
function found(text: string, lang: string): string[] {
  return run(text, lang).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? null} | ${q.kind}`);
}

// [lang, text, expected quotes as `text | speaker | kind`, in order]
const HITS: [string, string, string[]][] = [
  // The owner of a statement commented on is the verb's object; the speaker comes after ("заявление Медведева … Тихий").
  ['ru', '«Это безответственно», — прокомментировал заявление Медведева представитель МИД Украины Георгий Тихий.', ['Это безответственно | Heorhii Tykhyi | direct']],
  ['uk', '«Це безвідповідально», — прокоментував заяву Медведєва речник МЗС Георгій Тихий.', ['Це безвідповідально | Heorhii Tykhyi | direct']],
  ['ru', '«Риски растут», — заявил в интервью ТАСС Сергей Рябков.', ['Риски растут | Sergei Ryabkov | direct']],
  // A term a person names ("what he called", "qu'il a appelé") is that person's words.
  ['en', 'Vladimir Putin spoke on Sunday, citing what he called "aggressive statements" by NATO powers.', ['aggressive statements | Vladimir Putin | partial']],
  ['fr', 'Andriï Iermak a dénoncé ce qu’il a appelé « chantage nucléaire ».', ['chantage nucléaire | Andriy Yermak | partial']],
  // An inverted speaker after a long description: a known given name opening the name that ends the clause.
  ['ru', '«Это сигнал внутренней аудитории», — считает научный сотрудник Института Европы РАН Ирина Павлова.', ['Это сигнал внутренней аудитории | Irina Pavlova | direct']],
  ['ru', '«Арсенал невелик», — прокомментировал нам военный эксперт, капитан первого ранга запаса Олег Смирнов.', ['Арсенал невелик | Oleg Smirnov | direct']],
  ['uk', '«Це шантаж», — зазначив член комітету Верховної Ради з питань нацбезпеки Андрій Коваленко.', ['Це шантаж | Andrii Kovalenko | direct']],
  // «В дипмиссии» with no state is the mission named before with its state (officials `home`).
  ['ru', 'Лондон нагнетает угрозу, заявили в посольстве России в Великобритании. «Британские власти лгут», — отметили в дипмиссии.', ['Британские власти лгут | Russia | direct']],
  // … or one a speech verb opens the clause of, the speaker's long description between.
  ['ru', '«Ответ будет асимметричным», — пообещал первый зампред комитета Госдумы по делам СНГ Виктор Водолацкий в беседе с «Лентой.ру».', ['Ответ будет асимметричным | Viktor Vodolatsky | direct']],
  // A quoted title before the quotation (an outlet, a party) is part of the reporting clause, as one after it is.
  ['ru', 'Военный эксперт Игорь Коротченко в беседе с «Известиями» отметил, что «это серьёзное предупреждение Западу».', ['это серьёзное предупреждение Западу | Igor Korotchenko | partial']],
  ['ru', 'Депутат от «Единой России» Иван Петров заявил, что «ответ будет жёстким».', ['ответ будет жёстким | Ivan Petrov | partial']],
  // A known given name a descriptor stands a few words before, its complement between, names a person.
  ['ru', 'Заявление депутата Госдумы Ивана Петрова вызвало споры. Дмитрий Песков отказался комментировать. «Я не отказываюсь от своих слов», — ответил депутат.', ['Я не отказываюсь от своих слов | Ivan Petrov | direct']],
  ['uk', 'На думку експерта Центру оборонних стратегій Олега Коваля, росія блефує. Сергій Лавров заявив інше. «Це типовий шантаж», — пояснив експерт.', ['Це типовий шантаж | Oleh Koval | direct']],
  // A noun of trade or office refers back to the person it described, after another name too (person-nouns.txt).
  ['ru', 'Постпред России при ООН Василий Небензя выступил в Совбезе. Губернатор Вячеслав Гладков сообщил об обстреле. «Мы предупреждаем о последствиях», — сказал постпред.', ['Мы предупреждаем о последствиях | Vasily Nebenzya | direct']],
  ['en', 'Democratic lawmaker Adam Smith spoke first. Vladimir Putin disagreed. "Deterrence holds," the lawmaker said.', ['Deterrence holds | Adam Smith | direct']],
  // Russian judgements and admissions report words ("допустил", "оценил … как").
  ['ru', '«Такое возможно», — допустил Песков.', ['Такое возможно | Dmitry Peskov | direct']],
  ['ru', 'Рябков оценил риски как «весьма серьёзные».', ['весьма серьёзные | Sergei Ryabkov | partial']],
  // A wire dateline names where the story was filed, never the speaker; the clause's own speaker is.
  ['en', 'KARUIZAWA, Japan, April 18 (AFP) - Peskov said the plan was "a provocation".', ['a provocation | Dmitry Peskov | partial']],
  ['en', 'MOSCOW, Nov 19 (Reuters) - The Kremlin said the step was "a mirror response".', ['a mirror response | Russia | partial']],
  // States joined as one subject speak together: the first named stands for them (a single one still speaks).
  ['en', 'Washington and Seoul agreed to increase the visibility of U.S. "strategic assets" around the peninsula.', ['strategic assets | United States | partial']],
  ['ru', 'Москва и Пекин заявили, что «ядерная война недопустима».', ['ядерная война недопустима | Russia | partial']],
  ['fr', "Paris et Londres ont affirmé que « la dissuasion nucléaire protège l'Europe ».", ["la dissuasion nucléaire protège l'Europe | France | partial"]],
  ['en', 'Seoul said the drills were "defensive".', ['defensive | South Korea | partial']],
  // English: after the quotation, before it, inverted, pronoun, role, unnamed officials.
  ['en', '"We will not allow that to happen," Jake Sullivan said on Sunday.', ['We will not allow that to happen | Jake Sullivan | direct']],
  [
    'en',
    '"Any use of nuclear weapons would be catastrophic," said Daryl Kimball, executive director of the Arms Control Association.',
    ['Any use of nuclear weapons would be catastrophic | Daryl Kimball | direct'],
  ],
  ['en', 'Kremlin spokesman Dmitry Peskov told reporters: "Russia has no such plans."', ['Russia has no such plans. | Dmitry Peskov | direct']],
  ['en', 'Peskov said the West was "playing with fire" in Ukraine.', ['playing with fire | Dmitry Peskov | partial']],
  [
    'en',
    '"This is not a bluff," Putin said. "Those who try to blackmail us should know the wind can turn."',
    ['This is not a bluff | Vladimir Putin | direct', 'Those who try to blackmail us should know the wind can turn. | Vladimir Putin | direct'],
  ],
  ['en', 'According to Maria Zakharova, "the West is escalating the conflict."', ['the West is escalating the conflict. | Maria Zakharova | direct']],
  ['en', '"We see no sign of preparation," a senior U.S. official said.', ['We see no sign of preparation | United States | direct']],
  ['en', 'John Kirby spoke to reporters on Monday. "The risk is real," he said.', ['The risk is real | John Kirby | direct']],
  ['en', 'The Kremlin spokesman said the talks were "not on the agenda".', ['not on the agenda | Dmitry Peskov | partial']],
  [
    'en',
    '"It is a dangerous moment," said Jane Doe, a researcher at Chatham House. "We must keep talking," Doe added.',
    ['It is a dangerous moment | Jane Doe | direct', 'We must keep talking | Jane Doe | direct'],
  ],
  ['en', '"There is no going back," Medvedev wrote on Telegram.', ['There is no going back | Dmitry Medvedev | direct']],
  // A quotation over two paragraphs: the first one is unclosed and carries the speaker of the next.
  ['en', 'Stoltenberg was blunt.\n\n"Nuclear rhetoric is dangerous.\n\n"It must stop," Stoltenberg said.', ['Nuclear rhetoric is dangerous. | Jens Stoltenberg | direct', 'It must stop | Jens Stoltenberg | direct']],
  ['en', 'Vladimir Putin said Tuesday that Moscow would act. "This is not a bluff," he said.', ['This is not a bluff | Vladimir Putin | direct']],
  [
    'en',
    'A senior U.S. official said Washington had warned Moscow. "We have been clear about the consequences," the official said.',
    ['We have been clear about the consequences | United States | direct'],
  ],
  [
    'en',
    'Dmitry Peskov spoke on Monday. "We will respond," he added, "with all the means we have."',
    ['We will respond | Dmitry Peskov | direct', 'with all the means we have. | Dmitry Peskov | direct'],
  ],
  ['en', 'The Russian Foreign Ministry said in a statement that Russia "remains committed" to arms control.', ['remains committed | Russia | partial']],
  [
    'en',
    'President Donald Trump wants to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, told reporters that troops would stay "for several more years".',
    ['for several more years | Mark Milley | partial'],
  ],
  // Speakers the gazetteer does not know: a lone surname at a verb takes the full name the text gives.
  [
    'en',
    'Coach Bruce Boudreau praised the team. "That goes a long way," Boudreau said. "We needed it," said Parise.',
    ['That goes a long way | Bruce Boudreau | direct', 'We needed it | Parise | direct'],
  ],
  ['en', 'Salesforce co-CEO Marc Benioff spoke first. "We love it," Benioff said.', ['We love it | Marc Benioff | direct']],
  ['en', 'He instead told the BBC interviewer: "I took the judgement call."', ['I took the judgement call. | null | direct']],
  ['en', 'Officials said the plan was "on track" for now.', []],
  // A verb coordinated after the quotation shares the subject before it; the name after the verb is what was said.
  [
    'en',
    'Secretary of State Antony Blinken called the decision "deeply unfortunate" and said Washington remained ready to talk.',
    ['deeply unfortunate | Antony Blinken | partial'],
  ],
  ['fr', 'Emmanuel Macron a jugé la décision « irresponsable » et a ajouté que Moscou devait revenir au traité.', ['irresponsable | Emmanuel Macron | partial']],
  // Russian
  ['ru', '«Это не блеф», — заявил Песков.', ['Это не блеф | Dmitry Peskov | direct']],
  // An institution or role right before a person's name describes that person, who speaks.
  ['en', 'White House spokesman John Kirby said Moscow was "bluffing" again.', ['bluffing | John Kirby | partial']],
  ['en', '"We reject it," State Department spokesman Jane Doe told reporters.', ['We reject it | Jane Doe | direct']],
  ['en', '"We have no such plans," Kremlin spokesman Dmitry Peskov said.', ['We have no such plans | Dmitry Peskov | direct']],
  // Dialogue-dash speech: the dashes are the marks, the tail names the speaker; ". — " goes on with the same speaker.
  ['ru', 'Сергей Лавров выступил в Москве.\n\n— Мы готовы к переговорам, — сказал он.', ['Мы готовы к переговорам | Sergey Lavrov | direct']],
  [
    'ru',
    '— Россия не будет применять ядерное оружие первой, — заявил Лавров. — Но мы ответим на любую агрессию.',
    ['Россия не будет применять ядерное оружие первой | Sergey Lavrov | direct', 'Но мы ответим на любую агрессию. | Sergey Lavrov | direct'],
  ],
  // A dash list is no dialogue: no speech verb after a closing dash.
  ['ru', 'Главное за день:\n— Россия провела учения, — это уже третьи за месяц;\n— США заявили о поддержке.', []],
  // The outlet of an interview is never the speaker.
  ['ru', '«Мы ответим зеркально», — сказал дипломат в интервью ТАСС.', ['Мы ответим зеркально | null | direct']],
  [
    'ru',
    'Замминистра иностранных дел Сергей Рябков высказался об испытаниях. «Мы ответим зеркально», — сказал дипломат в интервью ТАСС.',
    ['Мы ответим зеркально | Sergei Ryabkov | direct'],
  ],
  ['en', '"We will respond," he said in an interview with CNN.', ['We will respond | null | direct']],
  ['ru', 'Захарова заявила, что Запад «играет с огнём».', ['играет с огнём | Maria Zakharova | partial']],
  ['ru', 'По словам Лаврова, «Россия готова к переговорам».', ['Россия готова к переговорам | Sergey Lavrov | direct']],
  ['ru', 'Медведев написал в Telegram: «Ядерная держава не может проиграть войну».', ['Ядерная держава не может проиграть войну | Dmitry Medvedev | direct']],
  ['ru', 'Дмитрий Песков ответил на вопросы журналистов. «Мы никому не угрожаем», — сказал он.', ['Мы никому не угрожаем | Dmitry Peskov | direct']],
  ['ru', 'Пресс-секретарь президента Дмитрий Песков заявил: «Никаких изменений в доктрине нет».', ['Никаких изменений в доктрине нет | Dmitry Peskov | direct']],
  ['ru', '❗️Песков: «Россия не будет применять ядерное оружие первой»', ['Россия не будет применять ядерное оружие первой | Dmitry Peskov | direct']],
  ['ru', '«Никто не выиграет ядерную войну» — Медведев', ['Никто не выиграет ядерную войну | Dmitry Medvedev | direct']],
  ['ru', 'Песков — о ядерной риторике Запада: «Это безответственно».', ['Это безответственно | Dmitry Peskov | direct']],
  ['ru', '«Мы не можем этого исключать», — отметил глава МИД России.', ['Мы не можем этого исключать | Sergey Lavrov | direct']],
  ['ru', '«Ситуация опасная», — заявил Иван Петров, директор Центра анализа.', ['Ситуация опасная | Ivan Petrov | direct']],
  ['ru', 'Как заявил Песков, «Россия не угрожает никому ядерным оружием».', ['Россия не угрожает никому ядерным оружием | Dmitry Peskov | direct']],
  ['ru', 'Зампред Совбеза Медведев в своём Telegram-канале: «Киевскому режиму стоит задуматься».', ['Киевскому режиму стоит задуматься | Dmitry Medvedev | direct']],
  ['ru', 'Захарова прокомментировала заявление Макрона. По её словам, «Париж ведёт опасную игру».', ['Париж ведёт опасную игру | Maria Zakharova | direct']],
  ['ru', 'В Госдепе назвали заявления Москвы «безответственными».', ['безответственными | United States | partial']],
  // French
  ['fr', '« Ce n’est pas du bluff », a déclaré Vladimir Poutine.', ['Ce n’est pas du bluff | Vladimir Putin | direct']],
  ['fr', 'Selon Emmanuel Macron, « rien ne doit être exclu ».', ['rien ne doit être exclu | Emmanuel Macron | partial']],
  // A participle after a comma has the clause's subject, not the complement before the comma.
  [
    'fr',
    'Kiev a réclamé une réunion du Conseil de sécurité de l’ONU, estimant que le Kremlin prenait le Bélarus « en otage nucléaire ».',
    ['en otage nucléaire | Ukraine | partial'],
  ],
  // The narrative present after a quotation, with the speaker inverted: « … », relève X, chargée de…
  [
    'fr',
    '« Ce texte n’engage à rien de concret », relève Emmanuelle Maitre, chargée de recherche à la Fondation pour la recherche stratégique.',
    ['Ce texte n’engage à rien de concret | Emmanuelle Maitre | direct'],
  ],
  ['en', 'Lavrov said "Russia will respond" to any attack.', ['Russia will respond | Sergey Lavrov | direct']],
  ['ru', 'Песков заявил, что «Сармат» готов к дежурству.', []],
  ['fr', 'Le porte-parole du Kremlin a estimé que les Occidentaux « jouent avec le feu ».', ['jouent avec le feu | Dmitry Peskov | partial']],
  ['fr', '“La Russie a choisi sa voie”, a ajouté Medvedev. “Il n’y a pas de retour en arrière.”', ['La Russie a choisi sa voie | Dmitry Medvedev | direct', 'Il n’y a pas de retour en arrière. | Dmitry Medvedev | direct']],
  [
    'fr',
    '« Menacer avec des armes nucléaires… aux Ukrainiens ? » Mykhailo Podolyak, conseiller du président, a tweeté mercredi.',
    ['Menacer avec des armes nucléaires… aux Ukrainiens ? | Mykhailo Podolyak | direct'],
  ],
  ['fr', '« Nous restons prêts », a-t-elle dit après la réunion, ajoutant que Maria Zakharova avait parlé.', ['Nous restons prêts | null | direct']],
  ['fr', 'Pour Bruno Tertrais, chercheur à la FRS, « la dissuasion française a une dimension européenne ».', ['la dissuasion française a une dimension européenne | Bruno Tertrais | partial']],
  ['fr', '« C’est une menace directe », estime François Heisbourg, conseiller spécial à la FRS.', ['C’est une menace directe | François Heisbourg | direct']],
  ['fr', 'Interrogé par l’AFP, le porte-parole du Kremlin a indiqué que Moscou « ne menace personne ».', ['ne menace personne | Dmitry Peskov | partial']],
  ['en', 'For Jane Doe, a fellow at RUSI, "the risk is real."', ['the risk is real. | Jane Doe | direct']],
  // Russian and Ukrainian wire and Telegram attributions: an outlet quoting someone, a long role before an
  // inverted speaker, a pronoun after the name, a role noun standing for the named holder.
  ['ru', '«Ответ будет зеркальным», — приводит РИА Новости слова Лаврова.', ['Ответ будет зеркальным | Sergey Lavrov | direct']],
  [
    'ru',
    'Сергей Лавров выступил в Москве. «Мы готовы к диалогу», — заявил в интервью РИА Новости заместитель министра иностранных дел России Сергей Рябков.',
    ['Мы готовы к диалогу | Sergei Ryabkov | direct'],
  ],
  ['ru', 'Дмитрий Песков ответил журналистам, комментируя слова Трампа. «Мы внимательно следим», — добавил он.', ['Мы внимательно следим | Dmitry Peskov | direct']],
  ['ru', 'Владимир Путин выступил в Минске. «Мы ответим всеми средствами», — заявил глава российского государства.', ['Мы ответим всеми средствами | Vladimir Putin | direct']],
  ['uk', '«Ми готові», — цитує Укрінформ Сибігу.', ['Ми готові | Andrii Sybiha | direct']],
  ['uk', 'Андрій Сибіга виступив у Києві. «Росія блефує», — підкреслив він.', ['Росія блефує | Andrii Sybiha | direct']],
  ['uk', 'Андрій Сибіга виступив у Києві. «Росія блефує», — наголосив очільник МЗС.', ['Росія блефує | Andrii Sybiha | direct']],
  // A threat reports words as a speech verb does.
  ['fr', 'Dmitri Medvedev a menacé vendredi de réduire Kiev en « une immense tache grise fondue » si les Occidentaux frappaient.', ['une immense tache grise fondue | Dmitry Medvedev | partial']],
  ['ru', 'Медведев пообещал, что ответ будет «быстрым и беспощадным».', ['быстрым и беспощадным | Dmitry Medvedev | partial']],
  // A speaker's header above a post: its quotations are that speaker's.
  ['ru', 'Глава МИД РФ Сергей Лавров:\n\n«Эти объекты станут законными целями».', ['Эти объекты станут законными целями | Sergey Lavrov | direct']],
  // A nested quotation attributed inside the outer one.
  [
    'fr',
    '“Le président Poutine a déclaré qu’il utiliserait “tous les moyens disponibles” contre nous », a déclaré Blinken.',
    ['Le président Poutine a déclaré qu’il utiliserait “tous les moyens disponibles” contre nous | Antony Blinken | direct', 'tous les moyens disponibles | Vladimir Putin | partial'],
  ],
  // A document speaks: its issuer is who issued that noun in a sentence before; with no such
  // sentence in reach, nobody (a name merely nearby is not the document's voice).
  [
    'en',
    'The Russian foreign ministry issued a statement on Monday. "Russia no longer considers itself bound," the statement said.',
    ['Russia no longer considers itself bound | Russia | direct'],
  ],
  ['en', 'Beijing released a statement. Jake Sullivan was in Tokyo. "We oppose any test," the statement said.', ['We oppose any test | China | direct']],
  ['en', 'Jake Sullivan was in Tokyo. "The talks are over," the statement said.', ['The talks are over | null | direct']],
  // A sentence opening with "For X," gives X's view: a later "she said" is X's.
  [
    'en',
    'Maria Zakharova called the move a provocation. For Jane Doe, a researcher at Chatham House, the message matters more. "It is a political signal," she said.',
    ['It is a political signal | Jane Doe | direct'],
  ],
  // A past calling verb with its object before the quotation reports the subject's words.
  ['en', 'Daryl Kimball of the Arms Control Association called the decision "a grave strategic mistake" on Monday.', ['a grave strategic mistake | Daryl Kimball | partial']],
  ['en', 'Maria Zakharova described the plan as "a direct provocation against Russia".', ['a direct provocation against Russia | Maria Zakharova | partial']],
  // "one"/"another" before a qualified role: an unnamed one, not the holder named before.
  [
    'en',
    'Abbas Araghchi spoke in Geneva. "The talks are stuck," said one European diplomat, who asked not to be named.',
    ['The talks are stuck | null | direct'],
  ],
  // A quotation in single marks running over paragraphs (British style): the open one is kept.
  [
    'en',
    "'The risk is real,' Jake Sullivan said. 'We will respond if they cross that line.\n\n'Nobody should doubt it.'",
    ['The risk is real | Jake Sullivan | direct', 'We will respond if they cross that line. | Jake Sullivan | direct', 'Nobody should doubt it. | Jake Sullivan | direct'],
  ],
  // The addressees' noun before an inverted speaker ("сказал журналистам Лавров"); a curt verb.
  ['ru', '«Это игра с огнём», — сказал журналистам Лавров.', ['Это игра с огнём | Sergey Lavrov | direct']],
  ['ru', '«Никаких переговоров не будет», — отрезал Дмитрий Песков.', ['Никаких переговоров не будет | Dmitry Peskov | direct']],
  // A paragraph ending with a colon introduces the quotation opening the next paragraph.
  ['en', 'Dmitry Medvedev wrote on Telegram:\n\n"Europe should remember how its last war with Russia ended."', ['Europe should remember how its last war with Russia ended. | Dmitry Medvedev | direct']],
  ['ru', 'Медведев написал в своём канале:\n\n«Европа должна помнить, чем закончилась её последняя война с Россией».', ['Европа должна помнить, чем закончилась её последняя война с Россией | Dmitry Medvedev | direct']],
  // Without the colon the paragraph before introduces nothing.
  ['en', 'Dmitry Medvedev wrote on Telegram on Monday.\n\n"Europe should remember how its last war with Russia ended."', ['Europe should remember how its last war with Russia ended. | null | direct']],
  // A quoted channel name inside the attribution clause; the outlet spoken with is no speaker.
  ['ru', '«Запад должен понимать последствия», — заявил в эфире телеканала «Россия 1» Дмитрий Песков.', ['Запад должен понимать последствия | Dmitry Peskov | direct']],
  ['ru', 'Такое мнение в беседе с РИА Новости высказал Сергей Рябков: «Мы не будем первыми».', ['Мы не будем первыми | Sergei Ryabkov | direct']],
  // A sentence pointing back to the quotation names its speaker ("Об этом заявил …").
  ['ru', '«Запад должен понимать последствия своих действий». Об этом заявил глава МИД России Сергей Лавров.', ['Запад должен понимать последствия своих действий | Sergey Lavrov | direct']],
  ['fr', '« Nous répondrons à toute menace. » C’est ce qu’a déclaré Dmitri Peskov mardi.', ['Nous répondrons à toute menace. | Dmitry Peskov | direct']],
  ['ru', '«Мы ответим зеркально». Об этом пишут западные СМИ.', ['Мы ответим зеркально | null | direct']],
  // A family noun for deputy ministers refers back to the one named.
  ['ru', 'Замглавы МИД РФ Сергей Рябков выступил в Женеве. «Мы ответим», — отметил замминистра.', ['Мы ответим | Sergei Ryabkov | direct']],
  // The subject is the phrase right before the verb, after an opening adverbial that names someone else.
  [
    'en',
    'On October 29, shortly before meeting Xi Jinping in South Korea, President Donald Trump wrote that testing would start "on an equal basis" with others.',
    ['on an equal basis | Donald Trump | partial'],
  ],
  ['en', 'After talks with Marco Rubio in Riyadh, Sergey Lavrov said the meeting was "useful and substantive".', ['useful and substantive | Sergey Lavrov | partial']],
  // A label closed by a colon is no subject: the verb's subject follows it.
  ['en', 'On Trump: Putin said he was ready to meet him "at any time" and had no preconditions.', ['at any time | Vladimir Putin | partial']],
  // An outlet named after the quotation reports the person whose words they are.
  [
    'en',
    'North Korean leader Kim Jong Un called for more centrifuges to "exponentially" increase the arsenal, state media KCNA said on Friday.',
    ['exponentially | Kim Jong Un | partial'],
  ],
  // An incise between the subject and its verb keeps the subject.
  ['en', 'Dmitry Peskov, asked about Donald Trump, said the order was "not an escalation".', ['not an escalation | Dmitry Peskov | partial']],
  // A reported speaker inside what another said: the nearest verb's subject.
  ['en', 'Dmitry Peskov, the Kremlin spokesman, reminded reporters that Putin had long said Russia would "act accordingly" if anyone tested.', ['act accordingly | Vladimir Putin | partial']],
  // A verb coordinated with an earlier quotation's clause shares its subject; a state after it is what was said.
  [
    'en',
    'Dmitry Medvedev had told Donald Trump to remember the "Dead Hand," and had called each new U.S. deadline "a threat and a step towards war".',
    ['a threat and a step towards war | Dmitry Medvedev | partial'],
  ],
  ['en', 'Spokesman Sean Savett called it "a flagrant violation" of the resolutions and said the United States would respond.', ['a flagrant violation | Sean Savett | partial']],
  ['fr', '« L’ambiguïté est une arme », a regretté le député LR Pierre-Henri Dumont.', ['L’ambiguïté est une arme | Pierre-Henri Dumont | direct']],
  // "the spokesman" refers back to a spokesperson the gazetteer does not know, named last.
  [
    'en',
    'The French foreign ministry spokesman, Christophe Lemoine, dismissed the remarks. "France threatens no one," the spokesman told reporters.',
    ['France threatens no one | Christophe Lemoine | direct'],
  ],
  // A later fragment of the same sentence shares the reporting verb of the first.
  [
    'en',
    'Narendra Modi said India would not tolerate "any nuclear blackmail" and would strike "precisely and decisively" at the camps.',
    ['any nuclear blackmail | Narendra Modi | partial', 'precisely and decisively | Narendra Modi | partial'],
  ],
  // A bare title refers back to its holder named before ("a assuré le chef d'état-major").
  ['fr', 'Vladimir Poutine a reçu le chef d’état-major, Valéri Guérassimov. « Ce n’est pas la limite », a assuré le chef d’état-major.', ['Ce n’est pas la limite | Valery Gerasimov | direct']],
  // An organisation's head by title ("the IAEA chief", "NATO chief"), an outlet relaying words, an outlet that asked.
  ['en', '"We need access," the IAEA chief added.', ['We need access | Rafael Grossi | direct']],
  ['en', '"Deterrence works," NATO chief Mark Rutte said.', ['Deterrence works | Mark Rutte | direct']],
  ['ru', '«Мы не допустим этого», — передаёт ТАСС слова Дмитрия Пескова.', ['Мы не допустим этого | Dmitry Peskov | direct']],
  ['fr', 'Interrogé par l’AFP, un diplomate européen estime que « Moscou teste nos nerfs ».', ['Moscou teste nos nerfs | null | direct']],
  // A dash attribution right after a short quotation mid-sentence: speech, not a quoted name.
  ['ru', 'Глава МИД России Сергей Лавров провёл переговоры с Ван И. «Мы договорились», — сказал министр.', ['Мы договорились | Sergey Lavrov | direct']],
  // A verb reported by an earlier one in the same clause: the inner speaker's words.
  ['en', 'Rubio said Lavrov had told him that "Russia wants peace".', ['Russia wants peace | Sergey Lavrov | direct']],
  // "По его словам" holds its pronoun inside the cue; imperfective reporting verbs ("предупреждал").
  ['ru', 'Песков отказался комментировать слова Трампа. По его словам, «Кремль не будет вступать в полемику».', ['Кремль не будет вступать в полемику | Dmitry Peskov | direct']],
  ['ru', 'Дмитрий Медведев выступил в среду. Ранее он предупреждал, что «ответ будет».', ['ответ будет | Dmitry Medvedev | partial']],
  // Verbs of repeating and of putting something in words.
  ['en', 'Guo Jiakun repeated that China keeps its forces "at the minimum level required for national security".', ['at the minimum level required for national security | Guo Jiakun | partial']],
  ['en', 'As the institute\'s director Dan Smith put it, "we are moving into a dangerous period."', ['we are moving into a dangerous period. | Dan Smith | direct']],
  // Session 9 (C9). An order reports words ("a ordonné … « … »", "ordered … \"…\"").
  ['fr', "Kim Jong-un a ordonné à l'armée de se tenir prête à « soumettre le Sud ».", ['soumettre le Sud | Kim Jong Un | partial']],
  ['en', 'Vladimir Putin ordered his forces onto a "special regime of combat duty".', ['special regime of combat duty | Vladimir Putin | partial']],
  // A state named inside the quotation is not what the pronoun after it stands for.
  [
    'fr',
    "Kim Yo-jong a parlé mardi. « Si la Corée du Sud choisit la confrontation, notre force remplira sa mission », a-t-elle déclaré.",
    ['Si la Corée du Sud choisit la confrontation, notre force remplira sa mission | Kim Yo Jong | direct'],
  ],
  // The state's own agency after a quotation its leader said: the leader speaks.
  ['en', 'Kim Jong Un stressed the need to "further strengthen the nuclear forces", KCNA said.', ['further strengthen the nuclear forces | Kim Jong Un | partial']],
  // … and so is an agency named as the source after it ("…, selon l'agence officielle KCNA").
  [
    'fr',
    "Kim Jong-un a affirmé que les relations intercoréennes étaient celles de « deux Etats hostiles », selon l'agence officielle KCNA.",
    ['deux Etats hostiles | Kim Jong Un | partial'],
  ],
  // A verb inside the clause a coordinator opens after the quotation is that clause's incise.
  [
    'en',
    'Olga Oliker spoke first. Putin ordered his forces onto a "special regime of combat duty," and the claim, she said, gives audiences a reason.',
    ['special regime of combat duty | Vladimir Putin | partial'],
  ],
  // A state's atomic energy organisation speaks for the state; a head of government named by party points back.
  ["fr", "L'Organisation iranienne de l'énergie atomique a annoncé un nouveau site « dans un lieu sûr ».", ['dans un lieu sûr | Iran | partial']],
  // After a singular article, a short term inside what a named speaker is reported to have said
  // (a reporting verb before it) is the speaker's word, a partial quotation.
  ['fr', 'Vladimir Poutine a rappelé que les Etats-Unis avaient créé un « précédent » en 1945.', ['précédent | Vladimir Putin | partial']],
  ['en', 'Kim Jong Un said that the country needed a "war deterrent" ready at any moment.', ['war deterrent | Kim Jong Un | partial']],
  ['fr', "Jean-Noël Barrot a estimé que l'Iran cherchait une « capacité de seuil ».", ['capacité de seuil | Jean-Noël Barrot | partial']],
  ['en', 'Antony Blinken said on Friday that the talks had reached a "turning point".', ['turning point | Antony Blinken | partial']],
  ['fr', "Olaf Scholz plaide pour la création d'une « défense commune » en Europe.", ['défense commune | Olaf Scholz | partial']],
  // After a plural article, a phrase of several words in a speaker's sentence is the speaker's.
  ['fr', "Jens Stoltenberg a averti la Russie que tout recours à l'arme aurait des « conséquences graves ».", ['conséquences graves | Jens Stoltenberg | partial']],
  ['fr', "Le Japon a exprimé sa « vive préoccupation », a déclaré le porte-parole Yoshimasa Hayashi.", ['vive préoccupation | Yoshimasa Hayashi | partial']],
  // A source opening the sentence ("according to KCNA", "selon l'agence TASS") reports the words of the
  // person its clause names; with no person, the source itself is the speaker.
  [
    'en',
    'According to the official KCNA news agency, Kim Jong Un ordered officials to expand production "in a far-sighted way" this year.',
    ['in a far-sighted way | Kim Jong Un | partial'],
  ],
  ["fr", "Selon l'agence Reuters, Sergueï Lavrov a promis une réponse « ferme et rapide ».", ['ferme et rapide | Sergey Lavrov | partial']],
  ['en', 'According to the Pentagon, the new missile is "a destabilising system" for the region.', ['a destabilising system | United States | partial']],
  // … but a far clause joined by a conjunction has the sentence's subject: its object is no speaker.
  [
    'en',
    'A State Department spokesperson said the commitment was "ironclad", backed by the full range of its capabilities, and urged Pyongyang to stop its "destabilising" launches.',
    ['ironclad | United States | partial', 'destabilising | United States | partial'],
  ],
  // A verb far inside the clause the quotation goes on with is not its attribution; a later one opening
  // its own clause is ("…” to carry out the commitments the two presidents agreed in April, the Pentagon said").
  [
    'en',
    'The drills "showed the resolve of both allies" to carry out the commitments the two presidents agreed in April, the Pentagon said in a statement.',
    ['showed the resolve of both allies | United States | partial'],
  ],
  // A reporting verb that names no one, opening a paragraph: the person whose words the previous paragraph reports.
  ['ru', 'Любая атака на Крым будет ответом. Об этом заявил зампред Совбеза Дмитрий Медведев.\n\n«Для них наступит Судный день», — цитирует издание политика.', ['Для них наступит Судный день | Dmitry Medvedev | direct']],
  ['en', 'Any attack on Crimea will be answered, Dmitry Medvedev said on Sunday.\n\n"It will be very fast and hard," the politician told the newspaper.', ['It will be very fast and hard | Dmitry Medvedev | direct']],
  // A document's own voice opening a paragraph is no person's, whoever the paragraph before names.
  ['ru', 'Москва и Пекин подчеркнули это по итогам переговоров Владимира Путина и Си Цзиньпина.\n\n«Ядерное оружие нужно вывести», — говорится в документе.', ['Ядерное оружие нужно вывести | null | direct']],
  ['uk', 'Москва і Пекін наголосили на цьому після переговорів Володимира Путіна і Сі Цзіньпіна.\n\n«Ядерну зброю треба вивести», — йдеться в документі.', ['Ядерну зброю треба вивести | null | direct']],
  // … but a document of no named issuer right after a sentence in which one body reported is that body's.
  ['ru', 'Вооружённые силы Пакистана провели пуск. Об этом сообщила пресс-служба армии.\n\n«Испытание прошло успешно», — говорится в заявлении.', ['Испытание прошло успешно | Pakistan | direct']],
  ['uk', 'Збройні сили Пакистану провели пуск, повідомило міністерство оборони країни.\n\n«Випробування пройшло успішно», — йдеться в заяві.', ['Випробування пройшло успішно | Pakistan | direct']],
  ['en', 'Pakistan test-fired a missile, the military said.\n\n"The test was a success," the statement said.', ['The test was a success | Pakistan | direct']],
  // "The country's ministry", «министерство обороны страны»: the state named last before it.
  ['ru', 'Индия провела пуск ракеты, сообщило министерство обороны страны. «Пуск успешен», — говорится в заявлении ведомства.', ['Пуск успешен | India | direct']],
  ['en', 'India test-fired an Agni-4 missile, the country\'s defence ministry said, adding the test "reaffirms deterrence".', ['reaffirms deterrence | India | partial']],
  ['fr', "L'Inde a testé un missile, a indiqué le ministère de la Défense du pays, qui parle d'un « succès total ».", ['succès total | India | partial']],
  // A joint subject speaks by its first member, read as the signals stage reads lists (listLink): a
  // conjunction with an article after it ("et le Royaume-Uni"), bare commas in a list it closes; a
  // place before a comma is no member.
  ['fr', "Les États-Unis, la Russie, la Chine, la France et le Royaume-Uni ont affirmé ensemble qu'« une guerre nucléaire ne peut être gagnée ».", ['une guerre nucléaire ne peut être gagnée | United States | partial']],
  ['ru', 'Москва и Пекин заявили, что «ядерная война недопустима».', ['ядерная война недопустима | Russia | partial']],
  ['en', 'In Moscow, China said the talks were "constructive".', ['constructive | China | partial']],
  // A state's agency after the second quotation of a sentence reports the person named before the first.
  [
    'en',
    'Kim Jong Un said the launch proved that North Korea had "another reliable weapon" and warned that if Washington kept threatening the North, "we will answer nuclear weapons with nuclear weapons", the Korean Central News Agency said.',
    ['another reliable weapon | Kim Jong Un | partial', 'we will answer nuclear weapons with nuclear weapons | Kim Jong Un | partial'],
  ],
  // … but a body speaking in a sentence of its own is itself.
  ['en', 'Biden called the move "reckless" and said Washington would respond. "We are ready," the Pentagon said.', ['reckless | Joe Biden | partial', 'We are ready | United States | direct']],
  // An owner after the verb is no inverted speaker; a relative incise does not part a subject from its verb.
  ['en', 'One British official, who asked not to be named, said Medvedev\'s language was "aimed at a domestic audience".', ['aimed at a domestic audience | United Kingdom | partial']],
  ['en', 'A French diplomat, who spoke on condition of anonymity, said Putin’s words were "pure bluff".', ['pure bluff | France | partial']],
  ['en', 'Peskov said Putin\'s decree was "a response to the West".', ['a response to the West | Dmitry Peskov | partial']],
  // What a subject is party to, right before the verb, is the subject ("to" there names no addressee); condemning reports words.
  ['en', 'Countries that have signed up to the UN treaty banning nuclear weapons condemned all nuclear threats "whether explicit or implicit" at the meeting.', ['whether explicit or implicit | Treaty on the Prohibition of Nuclear Weapons | partial']],
  ['en', 'Moscow spoke to the UN and condemned the strikes as "reckless".', ['reckless | Russia | partial']],
  // French present-tense verbs inverted after the quotation (« … », analyse X).
  ['fr', '« Un missile de croisière est plus difficile à repérer », analyse Hélène Marchal, spécialiste de la péninsule coréenne.', ['Un missile de croisière est plus difficile à repérer | Hélène Marchal | direct']],
  ['fr', '« Le signal vise Washington », décrypte Paul Durand, chercheur.', ['Le signal vise Washington | Paul Durand | direct']],
  // Ranks before an unknown name and particles inside it.
  ['en', '"The deterrent cannot be disarmed," said retired Air Vice Marshal K. Sethuraman.', ['The deterrent cannot be disarmed | K. Sethuraman | direct']],
  ['en', '"It is a wager on luck," said the meeting\'s president, Mexican diplomat Juan Ramon de la Fuente.', ['It is a wager on luck | Juan Ramon de la Fuente | direct']],
  // A treaty's states parties speak as the treaty, not as the UN; a long wire dateline is no speaker.
  ['en', 'UNITED NATIONS, United States, Dec 1, 2023 (AFP) - The states parties to the TPNW said deterrence "puts humanity at risk" in a declaration.', ['puts humanity at risk | Treaty on the Prohibition of Nuclear Weapons | partial']],
  // A state's embassy, consulate or diplomats named with their host: the host is a place, not the speaker.
  ['ru', 'Посольство России в Пакистане сообщило, что Москва «уважает выбор Исламабада».', ['уважает выбор Исламабада | Russia | partial']],
  ['uk', 'Російське посольство у Пакистані повідомило, що Москва «поважає вибір Ісламабада».', ['поважає вибір Ісламабада | Russia | partial']],
  ['en', "Russia's embassy in Pakistan said Moscow \"respects Islamabad's choice\".", ["respects Islamabad's choice | Russia | partial"]],
  ['en', 'Russian diplomats in Pakistan said Moscow "respects the choice".', ['respects the choice | Russia | partial']],
  ['fr', "L'ambassade de Russie au Pakistan a déclaré que Moscou « respecte le choix d'Islamabad ».", ["respecte le choix d'Islamabad | Russia | partial"]],
  // … but the host that speaks itself is the host.
  ['en', 'Pakistan, in a reply to the Russian embassy, said it "respects Moscow\'s choice".', ["respects Moscow's choice | Pakistan | partial"]],
  // A spokesperson of no named body speaks for the body named just before (a state's ministry, or a state alias), not for nobody.
  ['en', "Britain's Ministry of Defence declined to comment. “We never confirm where weapons are held,” a spokesperson said.", ['We never confirm where weapons are held | United Kingdom | direct']],
  ['en', 'The Pentagon declined to comment. "We see no change," a spokesman said.', ['We see no change | United States | direct']],
  ['en', "Britain's Ministry of Defence reacted. \"We never confirm where weapons are held,\" a spokesman for the Kremlin said.", ['We never confirm where weapons are held | Russia | direct']],
  // A body named with no state, no dateline and no body before it, whose words the gazetteer lists as one state's name, is that state's.
  ['en', 'The Ministry of Defence declined to comment. "We never confirm where weapons are held," a spokesperson said.', ['We never confirm where weapons are held | United Kingdom | direct']],
  // … but a dateline places it first.
  ['en', 'MOSCOW (Reuters) - Russia tested a missile. The Ministry of Defence said it "went well".', ['went well | Russia | partial']],
  // … and so does a state named just before, the story's: its ministry, not Britain's.
  ['en', 'Russia tested a new missile on Wednesday. The Ministry of Defence said it "went well".', ['went well | Russia | partial']],
  ['en', 'Britain will extend its patrols. The Ministry of Defence said they were "routine".', ['routine | United Kingdom | partial']],
  // … with no body before, still nobody.
  ['en', 'Experts doubt it. "We never confirm where weapons are held," a spokesman said.', ['We never confirm where weapons are held | null | direct']],
  // A body after a state's possessive is the state the possessive points back to, the subject of the sentence before, not the state named last.
  ['fr', "L'Ukraine a accusé la Russie de chantage. Son ministère des affaires étrangères estime que Moscou « ment ».", ['ment | Ukraine | partial']],
  ['en', 'Ukraine accused Russia of blackmail. Its foreign ministry says Moscow "is lying".', ['is lying | Ukraine | partial']],
  ['ru', 'Украина обвинила Россию в шантаже. Её МИД считает, что Москва «лжёт».', ['лжёт | Ukraine | partial']],
  ['uk', 'Україна звинуватила Росію в шантажі. Її МЗС вважає, що Москва «бреше».', ['бреше | Ukraine | partial']],
  // "It" before the verb is its subject: the state after "accused" is the one accused, and the quotation goes on the paragraph's speaker.
  ['en', 'Russia\'s foreign ministry said the moratorium had "lost its meaning". It accused NATO of "reckless escalation" near the border.', ['lost its meaning | Russia | partial', 'reckless escalation | Russia | partial']],
  // … as a state named before it is ("Russia accused NATO of…").
  ['en', 'Russia accused NATO of "reckless escalation" near the border.', ['reckless escalation | Russia | partial']],
];

/**
 * A reporting verb right after a relative pronoun has the pronoun's antecedent as its subject, not
 * the sentence's subject ("Le ministre répondait au président russe, qui avait averti…").
 * [lang, text, expected quotes as `text | speaker | kind`]
 */
const RELATIVE_SPEAKERS: [string, string, string[]][] = [
  ['fr', "Jean-Yves Le Drian répondait au discours du président russe, qui avait averti que quiconque interviendrait s'exposerait à des conséquences « telles que vous n'en avez jamais vu ».", ["telles que vous n'en avez jamais vu | Vladimir Putin | partial"]],
  ['en', 'Antony Blinken was responding to Vladimir Putin, who had warned of consequences "such as you have never seen."', ['such as you have never seen. | Vladimir Putin | direct']],
  ['ru', 'Блинкен ответил Владимиру Путину, который пригрозил «последствиями, которых вы никогда не видели».', ['последствиями, которых вы никогда не видели | Vladimir Putin | partial']],
  ['uk', 'Кулеба відповів Володимиру Путіну, який заявив, що «наслідки будуть такими, яких ви ніколи не бачили».', ['наслідки будуть такими, яких ви ніколи не бачили | Vladimir Putin | partial']],
  // A reporting verb in a relative clause after the quotation tells what was said of the noun before it.
  [
    'en',
    'Alexander Lukashenko said the two leaders would "not stop short of" bringing strategic weapons to Belarus to protect the two allies, which Vladimir Putin said faced pressure from the West.',
    ['not stop short of | Alexander Lukashenko | partial'],
  ],
  // A subject set off by a relative clause of its own is still the subject of the main verb.
  ['fr', 'Le président russe, qui a reçu Alexandre Loukachenko, a déclaré jeudi que « la Russie est prête ».', ['la Russie est prête | Vladimir Putin | partial']],
  ['en', 'Joe Biden, who met Xi Jinping on Monday, said that "nuclear war must never be fought."', ['nuclear war must never be fought. | Joe Biden | direct']],
];

test('quotes: a verb after a relative pronoun is said by its antecedent', () => {
  const failures: string[] = [];
  for (const [lang, text, expected] of RELATIVE_SPEAKERS) {
    const got = found(text, lang);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${text}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures, []);
});

test('quotes: table of hits (text, speaker, kind)', () => {
  const failures: string[] = [];
  for (const [lang, text, expected] of HITS) {
    const got = found(text, lang);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${text}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
  }
  assert.deepEqual(failures, []);
});

// [lang, text]: no quotation here is a quote.
const MISSES: [string, string][] = [
  // … an attribution after the term that names a state is some other word's agent.
  ['fr', "Moscou a accusé l'Ukraine de préparer une « bombe sale », une accusation rejetée par Kiev comme un prétexte."],
  // … a plural article keeps a label the reporter quotes, even inside reported words; a singular one
  // in a sentence reporting no one's words stays a term.
  ['fr', 'Dmitri Medvedev a écrit que le territoire serait rattaché après la fin des « référendums ».'],
  ['en', 'Peskov said that these "elections" would go ahead.'],
  ['fr', 'La Russie a organisé un « référendum » dans la région.'],
  // A one-word name before a dash incise stays a name.
  ['ru', 'Ракетный комплекс «Орешник», — сообщили в Минобороны, заступил на дежурство.'],
  ['en', 'The so-called "special military operation" continues.'],
  // Named by nobody, or by a state: still a term.
  ['en', 'The missile, dubbed "Oreshnik" by analysts, flew.'],
  ['en', 'The "red lines" of the Kremlin shifted over the year.'],
  ['en', 'He appeared on "60 Minutes" last week to discuss the war.'],
  ['en', 'Moscow calls its doctrine one of "escalate to de-escalate".'],
  ['fr', 'Les « référendums » organisés ont été condamnés.'],
  ['fr', 'Une soi-disant « guerre nucléaire limitée » serait catastrophique.'],
  ['fr', 'Des armes parfois appelées « armes nucléaires de champ de bataille » existent.'],
  ['fr', 'La « bombe sale » de l’Ukraine'],
  ['ru', 'Так называемая «грязная бомба» обсуждалась в прессе.'],
  ['ru', 'Репортаж вышел в программе «Вести недели».'],
  ['ru', '«Сармат» поставлен на боевое дежурство.'],
  ['en', 'The band closed the show with “Takin’ It to the Streets.”'],
  ['en', 'He also agreed to return the cash he received from the use of “We.”'],
  ['en', 'Russia’s “nuclear umbrella” covers Belarus.'],
  // An apostrophe or a single mark not confirmed by the next paragraph opening with one.
  ['en', "Jake Sullivan said the allies' position was firm. 'Tis the season.\n\nThe talks went on."],
  ['en', "Jake Sullivan spoke. 'We will respond if they cross that line.\n\nThe talks went on."],
  ['en', 'The Kremlin calls its operation a “special military operation” in every statement.'],
  // A preposition of topic or a negative determiner before a short quoted term, where English would
  // put an article: the term talked about, even with a speech verb in the sentence.
  ['uk', 'Зеленський заявив, що звинувачення Москви щодо «брудної бомби» свідчать про підготовку провокації.'],
  ['uk', 'Кулеба наголосив, що Україна не має жодної «брудної бомби».'],
  ['ru', 'Песков заявил, что разговоры относительно «ядерной угрозы» преувеличены.'],
  ['ru', 'Захарова заявила, что у Киева нет никакой «грязной бомбы».'],
  // The dateline's place is no speaker of a quotation the sentence gives nobody.
  ['en', 'KARUIZAWA, Japan, April 18 (AFP) - Foreign ministers of the Group of Seven on Tuesday called the plan "unacceptable".'],
];

/**
 * A time phrase between a state subject and its verb is circumstance ("The Kremlin on Monday urged…"):
 * [lang, published, text, expected quotes]. The dates stage marks the time phrases, against the date.
 */
const TIMED: [string, string, string, string[]][] = [
  ['en', '2025-08-04', 'MOSCOW (AP) — The Kremlin on Monday urged everyone to be "very, very careful" with nuclear rhetoric.', ['very, very careful | Russia | partial']],
  ['ru', '2025-08-04', 'Кремль в понедельник призвал всех быть «очень, очень осторожными» с ядерной риторикой.', ['очень, очень осторожными | Russia | partial']],
  // The time phrase's preposition is part of it: "… the UN treaty on Friday condemned" has its subject
  // right before the verb, even after "to" (what the countries are party to).
  ['en', '2023-12-01', 'Countries that have signed up to the UN treaty banning nuclear weapons on Friday condemned all nuclear threats "whether explicit or implicit".', ['whether explicit or implicit | Treaty on the Prohibition of Nuclear Weapons | partial']],
  // … but not a word of another kind: the UN spoken to is no subject.
  ['en', '2023-12-01', 'Diplomats spoke to the UN on Friday and condemned all nuclear threats "whether explicit or implicit".', ['whether explicit or implicit | null | partial']],
];

test('quotes: a time phrase between a state and its verb does not part them', () => {
  for (const [lang, published, text, expected] of TIMED) {
    const doc = { ...createDoc({ source: 't', content: text, format: 'text', meta: { published } }), text, lang };
    const got = quotes(actors(dates(sentences(doc)))).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? null} | ${q.kind}`);
    assert.deepEqual(got, expected, text);
  }
});

test('quotes: table of misses (scare quotes, titles, terms)', () => {
  const failures = MISSES.map(([lang, text]) => [text, found(text, lang)] as const).filter(([, got]) => got.length > 0);
  assert.deepEqual(failures, []);
});

test('quote offsets are exact and point into the text', () => {
  const doc = run('Titre.\n\n« La Russie a choisi sa voie », a ajouté Medvedev. “Non,” dit-il.', 'fr');
  assert.ok(doc.quotes.length >= 1);
  for (const q of doc.quotes) {
    assert.equal(doc.text.slice(q.start, q.end), q.text);
    const s = doc.sentences[q.sentence];
    assert.ok(s && s.start <= q.start && q.start < s.end);
  }
});

test('a document without quotation marks has no quotes; malformed marks do not throw', () => {
  assert.deepEqual(run('Poutine a parlé longuement.', 'fr').quotes, []);
  assert.doesNotThrow(() => run('« » “ ” " \' ‘ » » « « ‹ ›', 'fr'));
  assert.doesNotThrow(() => run('', 'en'));
});

test('a malformed speech-verbs file is reported with file and line when the stage is built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-quotes-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'en', 'speech-verbs.txt'), '# header\nsaid | say\nwhispered | mumble\nsaid {adj} | say\n');
  assert.throws(
    () => createQuotes({ dataDir: dir }),
    (e: unknown) => e instanceof Error && e.message.includes('data/en/speech-verbs.txt:3') && e.message.includes('data/en/speech-verbs.txt:4'),
  );
});

test("a channel's own post: quotations nobody else says are the channel author's, when the author resolves", () => {
  const post = (source: string, author: string | undefined, text: string, lang: string): string[] => {
    const doc = { ...createDoc({ source, content: text, format: 'text', meta: author === undefined ? {} : { author } }), text, lang };
    return quotes(actors(sentences(doc))).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? null}`);
  };
  // [source, meta.author, text, lang, expected]
  const rows: [string, string | undefined, string, string, string[]][] = [
    ['telegram:medvedev_telegram/5', 'Дмитрий Медведев', '«Никто не выиграет ядерную войну». Мы готовы ответить.', 'ru', ['Никто не выиграет ядерную войну | Dmitry Medvedev']],
    ['telegram:MID_Russia/7', 'МИД России 🇷🇺', '«Никто не выиграет ядерную войну». Мы готовы ответить.', 'ru', ['Никто не выиграет ядерную войну | Russia']],
    // Another speaker named at the quotation keeps it.
    ['telegram:MID_Russia/8', 'МИД России 🇷🇺', '«Это не блеф», — заявил Песков.', 'ru', ['Это не блеф | Dmitry Peskov']],
    // An author the gazetteer does not know, no Telegram source with a media byline, no author: nobody.
    ['telegram:somechannel/1', 'Канал новостей', '«Никто не выиграет ядерную войну». Мы готовы.', 'ru', ['Никто не выиграет ядерную войну | null']],
    ['page.html', 'Reuters', '"Nobody wins a nuclear war." We are ready.', 'en', ['Nobody wins a nuclear war. | null']],
    ['telegram:somechannel/6', undefined, '«Никто не выиграет ядерную войну». Мы готовы.', 'ru', ['Никто не выиграет ядерную войну | null']],
    // No author, but the channel's username is a handle the gazetteer knows: that person's post.
    ['telegram:medvedev_telegram/6', undefined, '«Никто не выиграет ядерную войну». Мы готовы.', 'ru', ['Никто не выиграет ядерную войну | Dmitry Medvedev']],
  ];
  for (const [source, author, text, lang, expected] of rows) assert.deepEqual(post(source, author, text, lang), expected, `${source} ${author}: ${text}`);
});
