import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc, type DocumentMeta } from '../../document/index.ts';
import { createSentences } from '../sentences/index.ts';
import { createActors } from './index.ts';

const sentences = createSentences();
const actors = createActors();

function run(text: string, lang: string | null, meta: DocumentMeta = {}): Doc {
  const doc = { ...createDoc({ source: 't', content: text, format: 'text', meta }), text, lang };
  return actors(sentences(doc));
}

/** `text→actor/via` for each mention, in order. */
function mentions(text: string, lang: string | null, meta: DocumentMeta = {}): string[] {
  return run(text, lang, meta).mentions.map((m) => `${m.text}→${m.actor.name}/${m.via}`);
}

// [lang, text, mentions expected among the output]
const HITS: [string | null, string, string[]][] = [
  // Names, aliases and transliterations
  ['fr', 'Vladimir Poutine a parlé.', ['Vladimir Poutine→Vladimir Putin/alias']],
  ['en', 'Vladimir Putin spoke.', ['Vladimir Putin→Vladimir Putin/name']],
  ['fr', 'Sergueï Choïgou a appelé.', ['Sergueï Choïgou→Sergei Shoigu/alias']],
  ['en', 'Zelenskiy said so.', ['Zelenskiy→Volodymyr Zelenskyy/surname']],
  ['uk', 'Володимир Зеленський заявив.', ['Володимир Зеленський→Volodymyr Zelenskyy/alias']],
  // Russian case forms
  ['ru', 'По словам Путина, всё идёт по плану.', ['Путина→Vladimir Putin/surname']],
  ['ru', 'Он встретился с Путиным и Лавровым.', ['Путиным→Vladimir Putin/surname', 'Лавровым→Sergey Lavrov/surname']],
  ['ru', 'Заявление Марии Захаровой вызвало споры.', ['Марии Захаровой→Maria Zakharova/alias']],
  ['ru', 'Слова Зеленского прозвучали в Киеве.', ['Зеленского→Volodymyr Zelenskyy/surname', 'Киеве→Ukraine/state']],
  // Surname after the full name
  ['en', 'Daryl Kimball spoke first. Later, Kimball added a warning.', ['Daryl Kimball→Daryl Kimball/name', 'Kimball→Daryl Kimball/surname']],
  // A family name written first: a lone word of the full name given earlier names that person.
  ['en', 'Kim Jong Un inspected the launch. "We are ready," Kim said.', ['Kim Jong Un→Kim Jong Un/name', 'Kim→Kim Jong Un/surname']],
  // Roles resolved by date, by adjacency, by a holder named in the article
  ['fr', 'Le porte-parole du Kremlin a refusé de commenter.', ['porte-parole du Kremlin→Dmitry Peskov/role']],
  ['ru', 'Пресс-секретарь президента отказался комментировать.', ['Пресс-секретарь президента→Dmitry Peskov/role']],
  ['en', 'Russia’s foreign minister met his counterpart.', ['Russia’s foreign minister→Sergey Lavrov/role']],
  ['en', 'The US defense secretary spoke.', ['US defense secretary→Pete Hegseth/role']],
  ['fr', 'Le secrétaire à la Défense, Austin Lloyd, a parlé.', ['secrétaire à la Défense→Lloyd Austin/role', 'Austin→Lloyd Austin/surname']],
  ['fr', 'Le président américain Joe Biden a parlé. Le secrétaire américain à la Défense était là.', ['secrétaire américain à la Défense→Lloyd Austin/role']],
  ['fr', 'Le ministre russe de la Défense, Sergueï Choïgou, a appelé.', ['ministre russe de la Défense→Sergei Shoigu/role']],
  ['ru', 'Министр обороны России Андрей Белоусов прибыл.', ['Министр обороны России→Andrey Belousov/role']],
  ['ru', 'Глава МИД России заявил об этом.', ['Глава МИД России→Sergey Lavrov/role']],
  // A past role names the person but does not date the article: the spokesman is today's.
  ['en', 'Former President Dmitry Medvedev warned again. The Kremlin spokesman said nothing.', ['President→Dmitry Medvedev/role', 'Kremlin spokesman→Dmitry Peskov/role']],
  ['en', 'NATO Secretary General Mark Rutte spoke.', ['NATO Secretary General→Mark Rutte/role', 'Mark Rutte→Mark Rutte/name']],
  // Groups of states are organisations; the Joint Chiefs of Staff is a US institution.
  ['en', 'The G20 leaders and the Group of 20 met; the G7 agreed.', ['G20→G20/organisation', 'Group of 20→G20/organisation', 'G7→G7/organisation']],
  ['en', 'The Joint Chiefs of Staff said nothing.', ['Joint Chiefs of Staff→United States/state']],
  // Role nouns used as back-references name the holder named most recently.
  ['ru', 'Об этом заявил замминистра иностранных дел Сергей Рябков. Позже дипломат добавил, что ответ будет.', ['дипломат→Sergei Ryabkov/role']],
  ['fr', 'Emmanuel Macron a parlé mercredi, puis Vladimir Poutine a répondu. Le chef de l’État français a insisté.', ['chef de l’État français→Emmanuel Macron/role']],
  ['fr', 'Vladimir Poutine a répondu à Emmanuel Macron. Le chef de l’État a précisé sa pensée.', ['chef de l’État→Vladimir Putin/role']],
  ['fr', 'Emmanuel Macron s’est entretenu avec Vladimir Poutine. Le chef de l’État a mis en garde son homologue.', ['chef de l’État→Emmanuel Macron/role']],
  ['fr', 'Le président de la République a parlé.', ['président de la République→Emmanuel Macron/role']],
  ['en', 'Defence Secretary John Healey spoke on Monday. The minister added that Britain was ready.', ['The minister→John Healey/role']],
  // A role of no state refers back to a person named before it in any form: a lone famous surname, initials.
  ['ru', 'Путин выступил в Совете. «Мы не собираемся», — сказал президент.', ['президент→Vladimir Putin/role']],
  ['ru', 'Министр иностранных дел России С.В.Лавров выступил. «Позиция неизменна», — подчеркнул Министр.', ['Министр→Sergey Lavrov/role']],
  ['en', 'Putin spoke on Monday. Joe Biden answered. The president said the risk was low.', ['president→Joe Biden/role']],
  // The head of Roscosmos, which builds strategic missiles, and a pronoun after his name.
  ['ru', 'Об этом сообщил генеральный директор госкорпорации «Роскосмос» Юрий Борисов. "Комплекс на дежурстве", - сказал он.', ['Юрий Борисов→Yury Borisov/alias', 'он→Yury Borisov/pronoun']],
  // "the ministry" after a wire dateline is that state's ministry, as "the defence ministry" is.
  ['en', 'MOSCOW, Nov 5 (Reuters) - The submarine fired a missile. It hit the range on time, the ministry said.', ['the ministry→Russia/state']],
  // A page's section label and time stamp may stand above the dateline.
  ['en', 'World November 5, 2023 2:14 PM UTC\n\nMOSCOW, Nov 5 (Reuters) - The submarine fired a missile, the Defence Ministry said.', ['the Defence Ministry→Russia/state']],
  // A kinship noun opening the sentence is no part of a name; the Korean name declined; the epithet names the sister.
  ['ru', 'Встреча с Ким Чен Ыном состоялась.', ['Ким Чен Ыном→Kim Jong Un/alias']],
  ['ru', 'Сестра Ким Чен Ына заявила, что КНДР ответит.', ['Сестра Ким Чен Ына→Kim Yo Jong/alias']],
  ['en', 'The sister of Kim Jong Un, Kim Yo Jong, warned.', ['sister of Kim Jong Un→Kim Yo Jong/alias']],
  // A name after its own role phrase, and the conjunct of an object, are objects: "he" is the subject.
  ['en', 'Putin met on Sunday with Defence Minister Sergei Shoigu and the chief of the General Staff, Valery Gerasimov, citing what he called threats.', ['he→Vladimir Putin/pronoun']],
  // A joint subject stays a subject.
  ['en', 'Joe Biden and Xi Jinping met on Monday. He said the talks went well.', ['He→Joe Biden/pronoun']],
  // US intelligence and nuclear agencies speak for the United States; the DIA's director is known.
  ['en', 'Lt. Gen. Scott Berrier, who heads the Defense Intelligence Agency, said so.', ['Scott Berrier→Scott Berrier/name', 'Defense Intelligence Agency→United States/state']],
  // With no date, the current holder.
  ['en', 'The Roscosmos chief said the Sarmat was on combat duty.', ['Roscosmos chief→Dmitry Bakanov/role']],
  // A role after an indefinite article is one unnamed holder among several: the state speaks, not the incumbent.
  ['en', 'A State Department spokesperson said so.', ['State Department spokesperson→United States/state']],
  ['en', 'The claim was rejected by a National Security Council spokesperson.', ['National Security Council spokesperson→United States/state']],
  ['fr', 'Un porte-parole du Kremlin a refusé de commenter.', ['porte-parole du Kremlin→Russia/state']],
  // States, capitals, institutions, unnamed officials
  ['fr', 'Le ministère russe des Affaires étrangères a publié une déclaration.', ['ministère russe des Affaires étrangères→Russia/state']],
  ['fr', 'Moscou et Washington se parlent.', ['Moscou→Russia/state', 'Washington→United States/state']],
  ['fr', 'selon des responsables américains.', ['responsables américains→United States/state']],
  ['fr', 'Des responsables américains ont parlé. Ces responsables ont ajouté.', ['Ces responsables→United States/state']],
  ['en', 'A senior U.S. official said the Kremlin was bluffing.', ['senior U.S. official→United States/state', 'Kremlin→Russia/state']],
  ['ru', 'В МИД России заявили, что Пентагон ошибается.', ['МИД России→Russia/state', 'Пентагон→United States/state']],
  ['en', 'The Biden administration said Pyongyang had tested a missile.', ['Biden administration→United States/state', 'Pyongyang→North Korea/state']],
  // Unnamed officials of an international organisation speak for it; the watchdog written with dots.
  ['en', 'A NATO official said no decision had been taken.', ['NATO official→NATO/state']],
  ['en', 'The U.N. nuclear watchdog said so.', ['U.N. nuclear watchdog→International Atomic Energy Agency/organisation']],
  // Organisations and media
  ['en', 'The Washington Post and Reuters reported that NATO agreed.', ['The Washington Post→The Washington Post/organisation', 'Reuters→Reuters/organisation', 'NATO→NATO/organisation']],
  ['fr', "Selon l'AIEA et l'OTAN, rien n'a changé.", ['AIEA→International Atomic Energy Agency/organisation', 'OTAN→NATO/organisation']],
  // Pronouns
  ['fr', '« Ce n’est pas du bluff », a-t-il dit après Dmitri Peskov.', []],
  ['fr', 'Dmitri Peskov a refusé. « Non », a-t-il déclaré.', ['il→Dmitry Peskov/pronoun']],
  ['en', 'Maria Zakharova spoke. She said no.', ['She→Maria Zakharova/pronoun']],
  ['ru', 'Песков отказался. По его словам, это неправда.', ['его→Dmitry Peskov/pronoun']],
  // Across sentences a pronoun takes the person named as a subject, not one named in an oblique case
  // or as a possessive since.
  ['ru', 'Это заявил Дмитрий Песков, комментируя решение Дональда Трампа. Он также заявил, что ответ будет.', ['Он→Dmitry Peskov/pronoun']],
  ['ru', 'Александр Лукашенко попросил президента России о помощи. По его словам, решение за Минском.', ['его→Alexander Lukashenko/pronoun']],
  ['ru', 'Мария Захарова ответила на вопрос. Она подчеркнула, что Москва ответит.', ['Она→Maria Zakharova/pronoun']],
  ['uk', 'Андрій Сибіга відповів Сергію Лаврову. Він закликав партнерів до тиску.', ['Він→Andrii Sybiha/pronoun']],
  ['en', "Jake Sullivan spoke after Vladimir Putin's speech. He said the risk was low.", ['He→Jake Sullivan/pronoun']],
  ['fr', 'Le vice-ministre russe des Affaires étrangères, Sergueï Riabkov, a parlé. Celui-ci a estimé que le moratoire tenait.', ['Celui→Sergei Ryabkov/pronoun']],
  ['fr', 'Maria Zakharova a parlé. Celle-ci a rappelé la position russe.', ['Celle→Maria Zakharova/pronoun']],
  // The previous sentence's subject, not a person named later in it; a state named after her does not hide her.
  ['en', 'Energy Secretary Chris Wright said the tests Donald Trump ordered were not explosions. "No," he told Fox News.', ['he→Chris Wright/pronoun']],
  ['ru', 'Мария Захарова заявила, что Россия ответит. Она подчеркнула, что это не угроза.', ['Она→Maria Zakharova/pronoun']],
  ['en', 'Joe Biden spoke with Vladimir Putin on Tuesday. He warned of consequences.', ['He→Joe Biden/pronoun']],
  // With only an oblique candidate, that one is still taken.
  ['ru', 'Слова Путина прозвучали вчера. Он также заявил, что ответ будет.', ['Он→Vladimir Putin/pronoun']],
  // Role nouns standing for a named holder: head of state, the Kremlin's representative, the minister.
  ['ru', 'Владимир Путин выступил в Минске. «Мы ответим», — заявил глава российского государства.', ['глава российского государства→Vladimir Putin/role']],
  ['ru', 'Владимир Путин ответил на вопрос. «Нет», — сказал глава государства.', ['глава государства→Vladimir Putin/role']],
  ['ru', 'Дмитрий Песков ответил. «Нет», — отметил представитель Кремля.', ['представитель Кремля→Dmitry Peskov/role']],
  ['uk', 'Андрій Сибіга відповів. «Ні», — наголосив очільник МЗС.', ['очільник МЗС→Andrii Sybiha/role']],
  ['ru', 'Госсекретарь Совбеза Белоруссии Александр Вольфович выступил.', ['Госсекретарь Совбеза Белоруссии→Alexander Volfovich/role']],
  ['ru', 'Председатель КНР Си Цзиньпин выступил.', ['Председатель КНР→Xi Jinping/role']],
  ['ru', 'Постпред России при международных организациях в Вене Михаил Ульянов выступил.', ['Постпред России при международных организациях в Вене→Mikhail Ulyanov/role']],
  ['en', "Russia's U.N. ambassador Vasily Nebenzya spoke.", ["Russia's U.N. ambassador→Vasily Nebenzya/role"]],
  ['fr', "Le secrétaire général de l'Otan Mark Rutte a parlé.", ["secrétaire général de l'Otan→Mark Rutte/role"]],
  // "Celui-ci", the latter: the person named last, even in a complement, not the earlier subject.
  ['fr', 'Vladimir Poutine a parlé aux côtés de son homologue, Alexandre Loukachenko. Celui-ci a affirmé que tout était prêt.', ['Celui→Alexander Lukashenko/pronoun']],
  // A body named with no state in a wire story is the dateline's state's.
  ['en', 'MOSCOW, Oct 26 (Reuters) - Putin spoke. The defence ministry said the test went well.', ['The defence ministry→Russia/state']],
  ['en', 'WASHINGTON, March 3 - The foreign ministry of Iran replied. The defense ministry said nothing.', ['The defense ministry→United States/state']],
  // "For X, …" opening a sentence gives X's view: a later pronoun is X's, not an earlier subject's.
  ['en', 'Maria Zakharova spoke first. For Jane Doe, a researcher, the move matters less. She said so.', ['She→Jane Doe/pronoun']],
  // A family noun for deputy ministers.
  ['ru', 'Замглавы МИД РФ Сергей Рябков выступил. Замминистра добавил, что ответ будет.', ['Замминистра→Sergei Ryabkov/role']],
  // A famous family name before given names no entry holds opens another person's name; the lone
  // family name then names whoever was named in full last.
  ['en', 'Kim Jong Un watched the launch. South Korea’s defence minister, Kim Yong-hyun, spoke later. "It was expected," Kim said.', ['Kim Yong-hyun→Kim Yong-hyun/name', 'Kim→Kim Yong-hyun/surname']],
  ['en', 'South Korea’s defence minister, Kim Yong-hyun, spoke. Kim Jong Un watched the launch. "We are ready," Kim said.', ['Kim→Kim Jong Un/surname']],
  // A name inside an apposition to another person is no subject: a lone word or a pronoun after it
  // goes to the person the apposition describes.
  ['en', 'Kim Yo Jong, the powerful sister of leader Kim Jong Un, issued a statement. "Talks are pointless," Kim said.', ['Kim→Kim Yo Jong/surname']],
  ['en', 'Jake Sullivan, a close aide of President Joe Biden, said he saw no sign of it.', ['he→Jake Sullivan/pronoun']],
  // A name set off by commas after a descriptor or a role phrase.
  ['en', 'Its chief executive, Julia Pyke, said costs would fall.', ['Julia Pyke→Julia Pyke/name']],
  ['en', 'A day after the chairman of the House Intelligence Committee, Mike Turner, warned of a threat.', ['Mike Turner→Mike Turner/name']],
  ['en', 'The French foreign ministry spokesman, Christophe Lemoine, dismissed the remarks.', ['Christophe Lemoine→Christophe Lemoine/name']],
  // A given name standing alone for a name given in full (Malay names have no family name).
  ['en', 'Malaysian Prime Minister Anwar Ibrahim called for calm. "Step back," Anwar said.', ['Anwar→Anwar Ibrahim/surname']],
  // A pronoun after one unnamed official in its sentence is that official: the state.
  ['en', 'Vladimir Putin spoke. A U.S. official, speaking because he was not authorized, said so.', ['he→United States/pronoun']],
  // "The spokesman" refers back to the spokesperson mentioned last, known to the gazetteer or not.
  ['en', 'The French foreign ministry spokesman, Christophe Lemoine, spoke. Later the spokesman told reporters more.', ['spokesman→Christophe Lemoine/role']],
  ['en', 'Christophe Lemoine, the French foreign ministry spokesman, spoke. Kremlin spokesman Dmitry Peskov answered. The spokesman added that talks were over.', ['spokesman→Dmitry Peskov/role']],
  ['en', 'Kremlin spokesman Dmitry Peskov answered. The French foreign ministry spokesman, Christophe Lemoine, replied. The spokesman added that talks were over.', ['spokesman→Christophe Lemoine/role']],
  // Ukrainian writers spell Russia, its capital and its president in lower case on purpose.
  ['uk', 'За його словами, путін погрожує світу, а рф і кремль готують удар по Києву з росії.', ['путін→Vladimir Putin/surname', 'рф→Russia/state', 'кремль→Russia/state', 'росії→Russia/state']],
  // A noun of trade or office used alone (person-nouns.txt) is the person it described last, named before it or in an
  // apposition after, known to the gazetteer or not, also after another name; in any case, or after a definite article.
  ['ru', 'Депутат Госдумы Иван Петров заявил, что всё готово. Затем слово взял Сергей Лавров. «Мы готовы», — сказал депутат.', ['депутат→Ivan Petrov/role']],
  ['ru', 'Губернатор области Павел Сидоров сообщил об обстреле. По словам губернатора, пострадавших нет.', ['губернатора→Pavel Sidorov/role']],
  ['ru', 'Замминистра иностранных дел Ирана Казем Гарибабади выступил в Вене. Глава МАГАТЭ Рафаэль Гросси ответил ему. Дипломат добавил, что Тегеран готов к диалогу.', ['Дипломат→Kazem Gharibabadi/role']],
  ['uk', 'Олег Коваль, експерт Центру оборонних стратегій, не виключає удару. На думку експерта, ризик зростає.', ['експерта→Oleh Koval/role']],
  ['en', 'Democratic lawmaker Adam Smith spoke first. Vladimir Putin was not moved. The lawmaker said talks must go on.', ['lawmaker→Adam Smith/role']],
  ['en', 'Jane Doe, a nuclear expert at the Arms Control Association, spoke. "It is a bluff," the expert said.', ['expert→Jane Doe/role']],
  // Elegant variation: "the analyst" for one described as an expert («аналитик» for «эксперт»).
  ['en', 'Jane Doe, an expert at RUSI, spoke first. Sergei Lavrov responded later. "This is theatre," the analyst added.', ['analyst→Jane Doe/role']],
  // A description implying the noun («член комитета Госдумы»: a deputy), the word itself no back-reference.
  ['ru', 'Член комитета Госдумы по международным делам Леонид Слуцкий выступил. Затем слово взял Сергей Лавров. По словам депутата, ответ будет жёстким.', ['депутата→Leonid Slutsky/role']],
  ['ru', 'Эксперт Иван Петров выступил первым. Сергей Лавров ответил. «Это театр», — добавил аналитик.', ['аналитик→Ivan Petrov/role']],
  ['fr', "Le député LR Pierre Dupont a réagi. Emmanuel Macron s'est tu. Le député a ajouté que la dissuasion suffisait.", ['député→Pierre Dupont/role']],
  // «Политик», "the politician": whoever led the last sentence naming someone, however described.
  ['ru', 'Зампред Совбеза РФ Дмитрий Медведев ответил Дональду Трампу. «Я знаю только об одной плохой вещи», — написал политик.', ['политик→Dmitry Medvedev/role']],
  ['en', 'Security Council deputy chairman Dmitry Medvedev replied to Donald Trump on Tuesday. "Only one thing is really bad," the politician wrote.', ['politician→Dmitry Medvedev/role']],
  // "The Ministry of Defence" with no dateline is the ministry of the state the story named just before, Britain's only with none.
  ['en', 'Russia tested a new missile on Wednesday. The Ministry of Defence said the test went well.', ['The Ministry of Defence→Russia/state']],
  ['en', 'Oct 26 - Putin spoke. The Ministry of Defence said the test went well.', ['The Ministry of Defence→United Kingdom/state']],
  ['en', 'Russia tested a missile. The ministry said the test went well.', ['The ministry→Russia/state']],
  ['en', 'India on Wednesday test-fired the Agni-5, its longest-range missile, the defence ministry said.', ['the defence ministry→India/state']],
  ['en', 'Defence experts said the jets carried the US bomb. The Ministry of Defence declined to comment.', ['The Ministry of Defence→United Kingdom/state']],
  // "За словами Президента, …" opening a sentence gives its voice, whatever the case: a later pronoun is theirs.
  ['uk', 'Путін планує удари, заявив Президент України Володимир Зеленський. За словами Президента, розвідка має дані. «Це катастрофа», — наголосив він.', ['він→Volodymyr Zelenskyy/pronoun']],
  // Two holders of one role joined as subjects: a later back-reference takes the one named first.
  [
    'ru',
    'Министр обороны России Сергей Шойгу и министр обороны Белоруссии Виктор Хренин подписали документы. «Это ответ», — заявил глава военного ведомства.',
    ['глава военного ведомства→Sergei Shoigu/role'],
  ],
  // "Ce dernier", "cette dernière": the person named last, like "celui-ci".
  ['fr', 'Vladimir Poutine a reçu Valéri Guérassimov. Selon ce dernier, le missile a volé quinze heures.', ['ce dernier→Valery Gerasimov/pronoun']],
  ['fr', 'Emmanuel Macron a appelé Maria Zakharova. Cette dernière a répondu.', ['Cette dernière→Maria Zakharova/pronoun']],
  // A party's acronym between the descriptor and the name.
  ['fr', 'Le texte a été critiqué par le député LR Pierre-Henri Dumont.', ['Pierre-Henri Dumont→Pierre-Henri Dumont/name']],
  // A possessive after a preposition of place keeps the person.
  ['en', 'Lloyd Austin spoke on Monday. In Austin’s view the risk was low.', ['Austin→Lloyd Austin/surname']],
  // A pronoun opening its clause after a fronted phrase is not a person named in that phrase, nor is
  // a later pronoun.
  [
    'fr',
    "Jeudi, Volodymyr Zelensky avait évoqué l'Otan. Plus tard, lors d'une conférence avec le secrétaire général de l'Alliance, Mark Rutte, il a assuré que Kiev ne cherchait pas la bombe. « Nous ne la fabriquons pas », a-t-il déclaré.",
    ['il→Volodymyr Zelenskyy/pronoun', 'il→Volodymyr Zelenskyy/pronoun'],
  ],
  // A ministry named with no state: the state of a place opening its sentence; a regime by its adjective.
  ['fr', 'Pyongyang a tiré. À Séoul, le ministère de la Défense a réagi.', ['ministère de la Défense→South Korea/state']],
  ['en', 'Pyongyang fired again. In Seoul, the defence ministry said the launch was a provocation.', ['the defence ministry→South Korea/state']],
  ['fr', 'Le régime nord-coréen a testé un drone.', ['régime nord-coréen→North Korea/state']],
  // The Pope, by title: with no article date, the holder now.
  ['fr', "Le souverain pontife a dénoncé la menace atomique.", ['souverain pontife→Pope Leo XIV/role']],  // Session 10 (C10). A past role of no state names the person the article names who held it.
  ['fr', "Shigeru Ishiba a été élu. L'ancien ministre de la Défense plaide pour un partage nucléaire.", ['ministre de la Défense→Shigeru Ishiba/role']],
  ['en', 'Shigeru Ishiba was elected on Friday. The former defence minister backs nuclear sharing.', ['defence minister→Shigeru Ishiba/role']],
  // A pronoun in a phrase fronted before an earlier sentence's subject points forward to it: a later
  // pronoun refers to that subject, not to the person named before.
  [
    'en',
    'Zelensky spoke in Munich. Two days later, in the address in which he recognised the regions, President Vladimir Putin answered him. Kyiv, he claimed, wanted the bomb.',
    ['he→Vladimir Putin/pronoun'],
  ],
  [
    'fr',
    "Olaf Scholz a parlé à Berlin. Le lendemain, dans le discours où il annonçait les exercices, Vladimir Poutine a répondu. Selon lui, l'Occident ment.",
    ['lui→Vladimir Putin/pronoun'],
  ],
  // A state's lawmakers and Congress in the Russian cases speak for the state.
  ['fr', 'Une quarantaine de députés iraniens ont écrit au Conseil.', ['députés iraniens→Iran/state']],
  ['en', 'Iranian lawmakers urged a review of the doctrine.', ['Iranian lawmakers→Iran/state']],
  ['ru', 'Госдепартамент сообщил Конгрессу о нарушениях.', ['Конгрессу→United States/state']],
  ['fr', 'Un haut responsable américain a indiqué que rien ne changeait.', ['Un haut responsable américain→United States/state']],
  ['fr', 'Un haut responsable de la défense américaine a présenté le rapport.', ['Un haut responsable de la défense américaine→United States/state']],
  // "The ministry" with no state points back to the body of a named state a sentence or two before,
  // ahead of the dateline; with none, the dateline places it.
  [
    'en',
    "ISLAMABAD, Dec 20 (Reuters) - Washington imposed sanctions. India's foreign ministry called them biased. Its programme, the ministry said, was defensive.",
    ['the ministry→India/state'],
  ],
  ['en', 'MOSCOW, Oct 26 (Reuters) - The exercise ended. The defence ministry said all targets were hit.', ['The defence ministry→Russia/state']],
  // … a body named inside a quotation is not what it points back to.
  ['en', 'SEOUL, Nov 3 (AP) - The landing "shows the will of the alliance" to defend the South, the ministry said.', ['the ministry→South Korea/state']],
  // An unnamed official of a body named by its field only: the state the dateline places.
  ['en', 'WASHINGTON, Oct 3 (Reuters) - "We see no sign of it," a senior defense official told reporters.', ['a senior defense official→United States/state']],
  // Outlets cited as sources are outlets, not unknown people.
  ['en', 'In an interview published by Rossiyskaya Gazeta, the official spoke.', ['Rossiyskaya Gazeta→Rossiyskaya Gazeta/organisation']],
  ['ru', 'Лукашенко дал интервью телеканалу «Россия 1».', ['Россия 1→Russia-1/organisation']],
  // Another state's own joint chiefs are that state's; a body placed by a capital after it, too.
  ['en', "South Korea's joint chiefs of staff said they were analysing the launch.", ["South Korea's joint chiefs of staff→South Korea/state"]],
  ['en', 'The defence ministry in Moscow said the drills had ended.', ['The defence ministry in Moscow→Russia/state']],
  // A ministry named with no state a sentence or two after one named with its state is that one.
  ['fr', "Le ministère russe de la Défense a parlé samedi. Dimanche, le ministère a indiqué que l'arme avait été utilisée.", ['ministère→Russia/state']],
  ['ru', 'Министерство обороны России сообщило о пуске. В ведомстве заявили, что пуск прошёл успешно.', ['ведомстве→Russia/state']],
  // A word of a full name given earlier, alone and set off by an apposition, opening its sentence.
  ['en', 'Kim Jong Un spoke on Monday.\n\nKim, who toured the ship, said it was time.', ['Kim→Kim Jong Un/surname']],
  ['en', 'Kim Jong Un spoke on Monday.\n\nKim said it was time.', ['Kim→Kim Jong Un/surname']],
  // A body two states have under one name (institutions.txt `US/KR`), named with no state: the article's
  // (dateline, last body named with its state) when it is one of them, else the first.
  ['en', "South Korea's military detected launches. The Joint Chiefs of Staff said so.", ['Joint Chiefs of Staff→South Korea/state']],
  ['en', 'SEOUL, Jan 29 (Reuters) - The JCS said the military was ready.', ['JCS→South Korea/state']],
  ['en', 'The Joint Chiefs of Staff said the military was ready.', ['Joint Chiefs of Staff→United States/state']],
  ['en', "Russia's defence ministry tested a missile. The Joint Chiefs of Staff said they were watching.", ['Joint Chiefs of Staff→United States/state']],
  ['ru', 'Минобороны Южной Кореи сообщило о пуске. В ОКНШ заявили, что армия готова.', ['ОКНШ→South Korea/state']],
  ['fr', "L'armée sud-coréenne a détecté des tirs. L'état-major interarmées a dit être prêt.", ['état-major interarmées→South Korea/state']],
  // "The country's ministry" (code country): the state the text named last before it.
  ['uk', 'Індія випробувала ракету, повідомило міністерство оборони країни.', ['міністерство оборони країни→India/state']],
  ['ru', 'Пакистан провёл пуск. Власти страны назвали его плановым.', ['Власти страны→Pakistan/state']],
  // … but the place itself, or a capital that acts, still is ("signed in Budapest" is read by the signals stage).
  ['en', 'Under the Budapest Memorandum, Ukraine gave up its arsenal. Hungary said so.', ['Ukraine→Ukraine/state', 'Hungary→Hungary/state']],
  ['en', 'Washington agreed to talks and Moscow signed the treaty.', ['Washington→United States/state', 'Moscow→Russia/state']],
  // A body named by its kind after a definite article (body-nouns.txt) is the body named before with that noun.
  ['en', 'The Norwegian Nobel Committee awarded the prize. "It is time," the committee wrote.', ['committee→Norwegian Nobel Committee/organisation']],
  ['fr', 'Le comité Nobel norvégien a décerné le prix. « Il est temps », a écrit le comité.', ['comité→Norwegian Nobel Committee/organisation']],
  ['en', 'The International Atomic Energy Agency inspected the plant. "No damage was found," the agency said.', ['agency→International Atomic Energy Agency/organisation']],
  // An official of a body named by its field, with no dateline or body of a named state before: the state
  // opening its sentence or the one before (the subject), not one named further on.
  ['en', 'The Pentagon said it was monitoring Russia\'s nuclear forces. "No indications," a defense official told reporters.', ['a defense official→United States/state']],
  // A non-state body whose name holds a state's adjective is that body.
  ['en', 'The Norwegian Nobel Committee warned that the nuclear taboo is under pressure.', ['Norwegian Nobel Committee→Norwegian Nobel Committee/organisation']],
  ['fr', 'Le comité Nobel norvégien a averti que le tabou nucléaire était menacé.', ['comité Nobel norvégien→Norwegian Nobel Committee/organisation']],
  ['ru', 'Норвежский Нобелевский комитет предупредил об угрозе.', ['Норвежский Нобелевский комитет→Norwegian Nobel Committee/organisation']],
  // An unnamed spokesperson of an organisation speaks for it; the named holder is the one the role gives.
  ['fr', "« C'est une activité de routine », a indiqué un porte-parole de l'OTAN.", ["porte-parole de l'OTAN→NATO/state"]],
  ['fr', "« C'est une activité de routine », a indiqué un porte-parole de l'ONU.", ["porte-parole de l'ONU→United Nations/state"]],
  // Experts quoted in Russian and Ukrainian news under their Cyrillic names, and their surname after.
  ['ru', 'Директор института Дэн Смит предупредил об опасности.', ['Дэн Смит→Dan Smith/alias']],
  ['uk', 'Директор інституту Ден Сміт попередив про небезпеку. Сміт додав, що ризик зростає.', ['Ден Сміт→Dan Smith/alias', 'Сміт→Dan Smith/surname']],
  ['ru', 'Эксперт Мэтт Корда заявил, что Китай наращивает арсенал.', ['Мэтт Корда→Matt Korda/alias']],
  // … and those the gazetteer does not know, in the English form the press gives them (romanize.ts).
  ['ru', 'Политолог Виктор Ерёменко заявил, что риск растёт. Ерёменко добавил, что переговоры нужны.', ['Виктор Ерёменко→Viktor Yeryomenko/name', 'Ерёменко→Viktor Yeryomenko/surname']],
  ['uk', 'Експерт Олексій Ґудзь заявив, що ризик зростає.', ['Олексій Ґудзь→Oleksii Gudz/name']],
  // … named in another case after a descriptor in that case ("по словам политолога Ивана Петрова").
  ['ru', 'По словам политолога Ивана Петрова, риск растёт.', ['Ивана Петрова→Ivan Petrov/name']],
  ['ru', 'По словам эксперта Марии Соколовой, ситуация опасная.', ['Марии Соколовой→Maria Sokolova/name']],
  ['uk', 'За словами експерта Олексія Гудзенка, ризик зростає.', ['Олексія Гудзенка→Oleksii Hudzenko/name']],
  ['ru', 'Об этом говорится в докладе Стокгольмского международного института исследования проблем мира.', ['Стокгольмского международного института исследования проблем мира→Stockholm International Peace Research Institute/organisation']],
  // A person's kin or entourage names its holder, not the person named as its owner, whatever modifiers
  // stand between ("leader Kim Jong Un's powerful sister", «влиятельная сестра лидера КНДР …»).
  ['en', "North Korean leader Kim Jong Un's powerful sister warned of a nuclear response.", ["North Korean leader Kim Jong Un's powerful sister→Kim Yo Jong/role"]],
  ['en', "Kim Jong Un's younger sister, Kim Yo Jong, warned of a nuclear response.", ["Kim Jong Un's younger sister→Kim Yo Jong/role", 'Kim Yo Jong→Kim Yo Jong/name']],
  ['fr', 'La puissante sœur du dirigeant nord-coréen Kim Jong-un a averti Séoul.', ['puissante sœur du dirigeant nord-coréen Kim Jong-un→Kim Yo Jong/role']],
  ['ru', 'Влиятельная сестра лидера КНДР Ким Чен Ына пригрозила Сеулу.', ['Влиятельная сестра лидера КНДР Ким Чен Ына→Kim Yo Jong/role']],
  ['uk', 'Впливова сестра Кім Чен Ина пригрозила Сеулу.', ['Впливова сестра Кім Чен Ина→Kim Yo Jong/role']],
  ['en', "Trump's national security adviser warned Moscow.", ["Trump's national security adviser→Marco Rubio/role"]],
  ['en', "Putin's adviser warned Washington.", ["Putin's adviser→Yuri Ushakov/role"]],
  ['fr', 'Le porte-parole de Vladimir Poutine a averti les Occidentaux.', ['porte-parole de Vladimir Poutine→Dmitry Peskov/role']],
  ['uk', 'Речник Путіна заявив, що Росія відповість.', ['Речник Путіна→Dmitry Peskov/role']],
  ['uk', 'Прес-секретар Путіна заявив, що Росія відповість.', ['Прес-секретар Путіна→Dmitry Peskov/role']],
  ['en', "Putin's envoy Kirill Dmitriev said Moscow was ready.", ["Putin's envoy→Kirill Dmitriev/role"]],
  // … with no holder known, an unnamed adviser speaks for the owner's state.
  ['fr', 'Un conseiller de Vladimir Poutine a averti les Occidentaux.', ['conseiller de Vladimir Poutine→Russia/state']],
  ['uk', 'Спецпосланець Зеленського попередив Москву.', ['Спецпосланець Зеленського→Ukraine/state']],
  // … and a person the gazetteer does not know keeps the unknown name beside a weapon's.
  ['en', 'Marta Lindqvist said the Sarmat was not ready.', ['Marta Lindqvist→Marta Lindqvist/name']],
];

test('mentions: table of hits', () => {
  for (const [lang, text, expected] of HITS) {
    const got = mentions(text, lang);
    for (const e of expected) assert.ok(got.includes(e), `${text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
  }
});

// [lang, text, mentions that must NOT appear (text→actor/via, or just text)]
const MISSES: [string | null, string, string[]][] = [
  // "The country's …" with no state named before it is nobody's.
  ['ru', 'Власти страны отрицают любые угрозы.', ['Власти страны']],
  // A treaty named after a place (document-names.txt) is no state acting.
  ['en', 'Under the Budapest Memorandum, Ukraine gave up its arsenal. The Minsk agreements failed.', ['Budapest', 'Minsk']],
  ['fr', "Le mémorandum de Budapest garantissait la sécurité de l'Ukraine. Les accords de Minsk ont échoué.", ['Budapest', 'Minsk']],
  ['ru', 'Меморандум в Будапеште гарантировал безопасность Украины.', ['Будапеште']],
  // … not after an indefinite article, not a noun the body's name does not hold, not before the body is named.
  ['en', 'The International Atomic Energy Agency inspected the plant. A committee of experts and the commission disagreed.', ['committee', 'commission']],
  ['en', 'The agency said so. Later the International Atomic Energy Agency confirmed it.', ['agency']],
  // … an owner opening the sentence is no subject; with no state at all, nobody.
  ['en', 'Russia\'s forces were watched by the Pentagon. "No indications," a defense official said.', ['a defense official']],
  ['en', '"No indications," a defense official told reporters.', ['a defense official']],
  // A lone word no full name of the document holds is nobody the gazetteer knows.
  ['en', 'Kim, who runs a bakery in Seoul, said prices had risen.', ['Kim→Kim Jong Un/surname']],
  // A role right before the full name of someone who does not hold it describes that person.
  ['en', 'White House spokesman John Kirby spoke.', ['White House spokesman→Karine Jean-Pierre/role']],
  // "the two leaders" is no single speaker; "Staff" of the Joint Chiefs of Staff is no person.
  ['en', 'Joe Biden met Xi Jinping. The two leaders said nuclear war must never be fought.', ['leaders→Joe Biden/role', 'leaders→Xi Jinping/role']],
  ['en', 'General Mark Milley, chairman of the Joint Chiefs of Staff, said so.', ['Staff→Staff/surname']],
  // A common surname alone, never introduced, is nobody.
  ['en', 'Sullivan spoke to reporters.', ['Sullivan']],
  ['en', 'Johnson and Austin were there.', ['Johnson', 'Austin']],
  // Impersonal French "il".
  ['fr', 'Dmitri Peskov est parti. Il y a une guerre. Il faut agir.', ['Il→Dmitry Peskov/pronoun']],
  // A feminine pronoun after a state refers to the state, not to an earlier woman.
  ['fr', 'Maria Zakharova a parlé. La Russie a dit qu’elle était prête.', ['elle→Maria Zakharova/pronoun']],
  // Belarus's state secretary of the Security Council is no US secretary of state.
  ['ru', 'Госсекретарь Совбеза Белоруссии Александр Вольфович выступил.', ['Госсекретарь→Marco Rubio/role']],
  // "celui de", "celui qui": not a demonstrative standing for a person.
  ['fr', 'Emmanuel Macron a parlé. Son avis et celui de Berlin divergent.', ['celui→Emmanuel Macron/pronoun']],
  // A state opening the previous sentence is what a feminine pronoun stands for in Russian.
  ['ru', 'Россия, по словам Марии Захаровой, готова к диалогу. Она не хочет эскалации.', ['Она→Maria Zakharova/pronoun']],
  // An oblique candidate loses to a subject named before it.
  ['ru', 'Дмитрий Песков говорил, комментируя решение Трампа. Он также заявил, что ответ будет.', ['Он→Donald Trump/pronoun']],
  // A name inside a quotation is not what "a-t-il déclaré" refers to.
  ['fr', 'Dmitri Peskov a refusé. « Poutine n’a pas parlé », a-t-il déclaré.', ['il→Vladimir Putin/pronoun']],
  // Lower-case common words are not names; acronyms must be capitals.
  ['en', 'Tell us about the kremlin walls and the ap style.', ['us', 'kremlin', 'ap']],
  // Longest match: the newspaper, not the city.
  ['en', 'The Washington Post reported it.', ['Washington→United States/state']],
  // "Celui-ci" is the latter, never the earlier subject.
  ['fr', 'Vladimir Poutine a parlé aux côtés de son homologue, Alexandre Loukachenko. Celui-ci a affirmé que tout était prêt.', ['Celui→Vladimir Putin/pronoun']],
  // A pronoun too far from any person.
  ['en', 'Vladimir Putin spoke. One. Two. Three. He left.', ['He→Vladimir Putin/pronoun']],
  // A noun naming no one described by it before, another one («другой эксперт», "another expert"), one without the
  // article in English or French, a plural, or a noun describing the name right after it, refers back to no one.
  ['ru', 'Иван Петров выступил первым. «Мы готовы», — сказал депутат.', ['депутат']],
  ['ru', 'Иван Петров выступил в Госдуме. «Мы готовы», — сказал депутат.', ['депутат']],
  ['ru', 'Эксперт Иван Петров выступил первым. «Это блеф», — считает другой эксперт.', ['эксперт']],
  ['en', 'Nuclear expert Jane Doe spoke. "It is a bluff," another expert said.', ['expert']],
  ['en', 'Nuclear expert Jane Doe spoke. Experts say it is a bluff.', ['Experts']],
  ['ru', 'Эксперт Иван Петров выступил первым. Эксперты считают это блефом.', ['Эксперты']],
  // No dateline, no state named: a body with no state names nobody.
  ['en', 'Oct 26 - Putin spoke. The defence ministry said the test went well.', ['The defence ministry']],
  ['ru', 'Сестра Ким Чен Ына заявила, что КНДР ответит.', ['Сестра Ким Чен Ына→Сестра Ким Чен Ына/name']],
  ['uk', 'Дружина Зеленського виступила.', ['Дружина Зеленського→Дружина Зеленського/name']],
  // "For" inside a sentence governs its person: a later pronoun goes to the subject.
  ['en', 'Maria Zakharova spoke. The prize went for Jane Doe, a researcher, this year. She said so.', ['She→Jane Doe/pronoun']],
  // A place named like a person, after a preposition of place, is no person.
  ['en', 'Lloyd Austin spoke on Monday. At a conference in Austin, Texas, an admiral warned.', ['Austin→Lloyd Austin/surname']],
  ['en', 'Dan Smith spoke. Near Smith, Ohio, troops gathered.', ['Smith→Dan Smith/surname']],
  // An unnamed spokesperson of no state names nobody.
  ['en', 'Dmitry Peskov spoke. A spokesman for the company said nothing.', ['spokesman']],
  // "le dernier essai" is no demonstrative.
  ['fr', 'Dmitri Peskov a parlé. Le dernier essai a eu lieu mardi.', ['dernier']],
  // An institution after the comma is no apposition of a person ("…, the U.S. military operation").
  ['en', 'Cmdr. Jane Roe, a spokesperson for Inherent Resolve, the U.S. military operation in Iraq, said so.', ['Inherent Resolve']],
  // A company is no person.
  ['en', 'The company that runs the show, Dick Clark Productions, denies it.', ['Dick Clark Productions']],
  // A state adjective after a speech verb is no surname.
  ['en', 'Dmitry Peskov said American submarines were on duty.', ['American']],
  // Plural officials are not what "he" refers to.
  ['en', 'Joe Biden met them. U.S. officials said he would travel.', ['he→United States/pronoun']],
  // A pronoun opening its clause after a fronted phrase does not refer to the person met in it.
  ['en', 'Zelensky spoke in Brussels. Later, at a news conference with NATO chief Mark Rutte, he said that Kyiv was not building a bomb.', ['he→Mark Rutte/pronoun']],
  // A role in apposition right after a known person's name describes that person, not its holder.
  ['en', 'Linda Thomas-Greenfield, the U.S. envoy, addressed the council on Monday.', ['U.S. envoy→John Kerry/role']],  // "The General Staff" is a body, not a person "Staff"; a pronoun that is the earlier sentence's own
  // subject keeps it (no fronted phrase before the name).
  ['en', 'The General Staff and the Defence Ministry are selecting targets.', ['Staff']],
  ['en', 'Zelensky spoke in Munich. He told reporters that President Vladimir Putin was lying. Kyiv, he added, wanted peace.', ['he→Vladimir Putin/pronoun']],
  // A weapon system (nuclear-terms `system`, `strategic`) at a speech verb or after "according to" is
  // no unknown person, in any language or case form.
  ['en', 'Russia deployed Iskander-M said to be nuclear-capable near the border.', ['Iskander-M']],
  ['en', 'Russian forces fired a Kinzhal said to be nuclear-capable at Kyiv.', ['Kinzhal']],
  ['en', 'According to Iskander-M crews, the missiles were armed.', ['Iskander-M']],
  ['en', 'Mr. Sarmat said the test was a success.', ['Sarmat']],
  ['fr', 'Selon Iskander-M, les ogives ont été livrées.', ['Iskander-M']],
  ['ru', 'Искандер-М заявил о готовности к удару.', ['Искандер-М']],
  ['ru', 'По словам Искандера, всё готово.', ['Искандера']],
  // A state's adjective inside a non-state body's name names the body, not the state.
  ['en', 'The Norwegian Nobel Committee warned that the nuclear taboo is under pressure.', ['Norwegian→Norway/state', 'Norwegian Nobel Committee→Norway/state']],
  // "The president of the republic's" spokesperson is another state's, named next to the role, not the Kremlin's.
  ['ru', 'Пресс-секретарь президента республики Руслан Желдыбай заявил, что Казахстан не намерен создавать ядерное оружие.', ['Пресс-секретарь президента→Dmitry Peskov/role', 'Пресс-секретарь президента республики→Dmitry Peskov/role']],
  // The owner of kin or entourage is no mention of its own.
  ['en', "North Korean leader Kim Jong Un's powerful sister warned of a nuclear response.", ['Kim Jong Un→Kim Jong Un/name', 'North Korean leader→Kim Jong Un/role']],
  ['uk', 'Речник Путіна заявив, що Росія відповість.', ['Путіна→Vladimir Putin/surname']],
];

test('mentions: table of misses', () => {
  for (const [lang, text, banned] of MISSES) {
    const got = mentions(text, lang);
    for (const b of banned) {
      assert.ok(!got.some((g) => g === b || g.startsWith(`${b}→`)), `${text}\n  must not have ${b}\n  got ${JSON.stringify(got)}`);
    }
  }
});

test('an unknown person described by a role of a known state speaks for it, as an official', () => {
  const cases: [string, string, string][] = [
    ['National Security Council spokesman Sean Savett called it a violation.', 'Sean Savett', 'US'],
    ['The French foreign ministry spokesman, Christophe Lemoine, dismissed the remarks. Lemoine said so.', 'Christophe Lemoine', 'FR'],
    ['Christophe Lemoine, the French foreign ministry spokesman, dismissed the remarks.', 'Christophe Lemoine', 'FR'],
  ];
  for (const [text, name, country] of cases) {
    const found = run(text, 'en').mentions.filter((m) => m.actor.name === name);
    assert.ok(found.length > 0, text);
    for (const m of found) assert.deepEqual([m.actor.country, m.actor.kind], [country, 'official'], text);
  }
  // A descriptor that is no role of a state leaves the country unknown.
  const expert = run('Leif-Eric Easley, a professor at Ewha Womans University, said so.', 'en').mentions.find((m) => m.actor.name === 'Leif-Eric Easley');
  assert.deepEqual([expert?.actor.country, expert?.actor.kind], [null, 'expert']);
});

/**
 * An ambassador named with the owner state and the host ({to} of roles.txt), then a name the gazetteer
 * does not know, with or without commas: the owner's official; a back-reference ("the diplomat",
 * «по словам дипломата») is that person. [lang, text, `text→actor/via/country` expected among the mentions]
 */
const AMBASSADORS: [string, string, string[]][] = [
  ['en', "Pakistan's ambassador to Russia, Muhammad Khalid Jamali, said so. The diplomat added a warning.", ['Muhammad Khalid Jamali→Muhammad Khalid Jamali/name/PK', 'diplomat→Muhammad Khalid Jamali/role/PK']],
  ['en', "Iran's ambassador in Moscow Kazem Jalali told reporters the threat was real.", ['Kazem Jalali→Kazem Jalali/name/IR']],
  ['fr', "L'ambassadeur du Pakistan en Russie, Muhammad Khalid Jamali, a mis en garde. Le diplomate a ajouté que tout était prêt.", ['Muhammad Khalid Jamali→Muhammad Khalid Jamali/name/PK', 'diplomate→Muhammad Khalid Jamali/role/PK']],
  ['ru', 'Посол Пакистана в России Мухаммад Халид Джамали заявил, что армия готова. По словам дипломата, ответ будет.', ['Мухаммад Халид Джамали→Muhammad Khalid Jamali/name/PK', 'дипломата→Muhammad Khalid Jamali/role/PK']],
  ['ru', 'Об этом сообщил посол Ирана Казем Джалали.', ['Казем Джалали→Kazem Jalali/name/IR']],
  ['uk', 'Посол Пакистану в Росії Мухаммад Халід Джамалі заявив, що армія готова.', ['Мухаммад Халід Джамалі→Muhammad Khalid Jamali/name/PK']],
  // The post's own holder, where the gazetteer has one, keeps the more precise role.
  ['ru', 'Посол России в США Анатолий Антонов заявил, что риски растут.', ['Посол России в США→Anatoly Antonov/role/RU']],
  // An embassy named with its host is the owner's body.
  ['ru', 'Посольство России в Пакистане сообщило о визите.', ['Посольство России в Пакистане→Russia/state/RU']],
  ['en', "Russia's embassy in Pakistan said so.", ["Russia's embassy in Pakistan→Russia/state/RU"]],
];
/** Mentions that must not be there: an embassy is no ambassador nor its host, a host country no owner. */
const NOT_AMBASSADORS: [string, string, string][] = [
  ['ru', 'Посольство России в Пакистане сообщило о визите.', 'Посольство России в Пакистане→Pakistan'],
  ['ru', 'Посольство России в Пакистане сообщило о визите.', 'Пакистане'],
  ['ru', 'После России в Индии побывал министр.', 'После России'],
  ['en', "Pakistan's ambassador to Russia, Muhammad Khalid Jamali, said so.", 'Muhammad Khalid Jamali→Muhammad Khalid Jamali/name/RU'],
];

test('an ambassador: the owner state, not the host, and the named person (tables of hits and misses)', () => {
  const all = (text: string, lang: string): string[] => run(text, lang).mentions.map((m) => `${m.text}→${m.actor.name}/${m.via}/${m.actor.country}`);
  for (const [lang, text, expected] of AMBASSADORS) {
    const got = all(text, lang);
    for (const e of expected) assert.ok(got.includes(e), `${text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
  }
  for (const [lang, text, banned] of NOT_AMBASSADORS) {
    const got = all(text, lang);
    assert.ok(!got.some((g) => g === banned || g.startsWith(`${banned}→`)), `${text}\n  must not have ${banned}\n  got ${JSON.stringify(got)}`);
  }
});

test('Russian role phrases of 2022-2025 news name the holder at the date', () => {
  // [text, published, mention expected]
  const table: [string, string, string][] = [
    ['Глава Госдепа заявил об этом.', '2024-06-01', 'Глава Госдепа→Antony Blinken/role'],
    ['Глава Госдепа заявил об этом.', '2025-06-01', 'Глава Госдепа→Marco Rubio/role'],
    ['Глава офиса Зеленского заявил об этом.', '2024-06-01', 'Глава офиса Зеленского→Andriy Yermak/role'],
    // The President's foreign-policy aide: Patrushev, an aide since 2024 for shipbuilding, is filed as an adviser.
    ['Помощник президента по международным делам заявил об этом.', '2024-06-01', 'Помощник президента→Yuri Ushakov/role'],
  ];
  for (const [text, published, expected] of table) assert.ok(mentions(text, 'ru', { published }).includes(expected), `${text} (${published})`);
});

test('the article date picks the role holder of that time', () => {
  // A holder the article names whose term starts after the date wins: the date is likely off.
  assert.ok(
    mentions('Mark Rutte met allies in Washington. The NATO secretary general spoke.', 'en', { published: '2024-06-01' }).includes('NATO secretary general→Mark Rutte/role'),
  );
  // A holder at the date wins over someone the article names who held the role in an earlier term.
  assert.ok(
    mentions('National Security Council spokesman John Kirby spoke. The Pentagon press secretary said nothing.', 'en', { published: '2024-02-15' }).includes(
      'Pentagon press secretary→Pat Ryder/role',
    ),
  );
  const text = 'The US defense secretary and the Kremlin spokesman spoke.';
  assert.ok(mentions(text, 'en', { published: '2022-10-01' }).includes('US defense secretary→Lloyd Austin/role'));
  assert.ok(mentions(text, 'en', { published: '2018-06-01' }).includes('US defense secretary→Jim Mattis/role'));
  assert.ok(mentions(text, 'en', { published: '2025-06-01' }).includes('US defense secretary→Pete Hegseth/role'));
  assert.ok(mentions('Le chef de la diplomatie ukrainienne a parlé.', 'fr', { published: '2023-01-01' }).includes('chef de la diplomatie ukrainienne→Dmytro Kuleba/role'));
});

/**
 * A role of no state owned by the state right before it ("Belarus' president", with or without the
 * possessive s, maybe with one modifier), and a bare back-reference to a minister already named.
 * [lang, published, text, mentions expected, mentions that must not appear]
 */
const OWNED_ROLES: [string, string, string, string[], string[]][] = [
  ['en', '2023-03-31', "Belarus' authoritarian president said Russia could station strategic weapons in his country.", ['president→Alexander Lukashenko/role'], ['president→Vladimir Putin/role']],
  ['en', '2023-03-31', "Belarus' president spoke on Friday.", ['president→Alexander Lukashenko/role'], []],
  ['en', '2023-03-31', "Russia's longtime foreign minister said the talks had failed.", ['foreign minister→Sergey Lavrov/role'], []],
  ["en", '2023-03-31', "North Korea's reclusive leader oversaw the launch.", ['leader→Kim Jong Un/role'], []],
  // A past holder stays the one the article names.
  ['en', '2023-03-31', "Dmitry Medvedev spoke on Friday. Russia's former president said the West was at war with Russia.", ['president→Dmitry Medvedev/role'], ['president→Vladimir Putin/role']],
  // A place, not a possessor: the role refers back as before.
  ['en', '2023-03-31', 'Joe Biden flew to Poland. In Warsaw the president spoke.', ['president→Joe Biden/role'], ['president→Andrzej Duda/role']],
  // « a insisté le ministre »: the minister last named, whatever the portfolio.
  ['fr', '2022-02-25', "Jean-Yves Le Drian a réagi jeudi. « L'Otan est une alliance nucléaire », a insisté le ministre.", ['ministre→Jean-Yves Le Drian/role'], []],
  ['fr', '2022-02-25', 'Jean-Yves Le Drian a réagi jeudi. Le chef de la diplomatie a parlé à la télévision.', ['chef de la diplomatie→Jean-Yves Le Drian/role'], []],
  // A longer title wins over the bare noun.
  ['fr', '2022-02-25', 'Jean-Yves Le Drian a réagi. Le Premier ministre a parlé ensuite.', [], ['Premier ministre→Jean-Yves Le Drian/role', 'ministre→Jean-Yves Le Drian/role']],
];

test('a role owned by the state before it, and a bare back-reference to a minister, name their holder', () => {
  const failures: string[] = [];
  for (const [lang, published, text, expected, absent] of OWNED_ROLES) {
    const got = mentions(text, lang, { published });
    for (const e of expected) if (!got.includes(e)) failures.push(`${text}: no ${e} in ${JSON.stringify(got)}`);
    for (const a of absent) if (got.includes(a)) failures.push(`${text}: unwanted ${a}`);
  }
  assert.deepEqual(failures, []);
});

/**
 * A lone surname never introduced in full names the one person of that surname holding an office
 * at the document's date. [lang, published, text, mention expected or null, mention that must not appear or null]
 */
const SERVING_SURNAMES: [string, string, string, string | null, string | null][] = [
  // Places named like the office holder: after "in", a town and its region, "-based", a place noun.
  ['en', '2022-09-25', 'A researcher from Austin, Texas, said the risk was low.', null, 'Austin→Lloyd Austin/surname'],
  ['en', '2022-09-25', 'The Austin-based analyst said the risk was low.', null, 'Austin→Lloyd Austin/surname'],
  ['en', '2022-09-25', 'Speaking at Fort Sullivan, an officer said the risk was low.', null, 'Sullivan→Jake Sullivan/surname'],
  // A day before the surname is no place; nor is a call "from" someone.
  ['en', '2022-09-25', 'On Monday Sullivan said the risk was low.', 'Sullivan→Jake Sullivan/surname', null],
  ['en', '2022-09-25', 'Austin got a call from Sullivan, who said the risk was low.', 'Sullivan→Jake Sullivan/surname', null],
  ['en', '2022-09-25', 'Sullivan said the United States would respond decisively.', 'Sullivan→Jake Sullivan/surname', null],
  ['en', '2022-09-25', 'Austin told reporters the Pentagon saw no change.', 'Austin→Lloyd Austin/surname', null],
  ['ru', '2022-09-25', 'Салливан заявил, что США ответят решительно.', 'Салливан→Jake Sullivan/surname', null],
  // Out of office at the date: nobody.
  ['en', '2019-05-01', 'Sullivan said the United States would respond decisively.', null, 'Sullivan→Jake Sullivan/surname'],
  ['en', '2026-03-01', 'Austin told reporters the Pentagon saw no change.', null, 'Austin→Lloyd Austin/surname'],
  // The article writes the surname after a given name the gazetteer does not know: that other person's.
  ['en', '2022-09-25', 'Senator Dan Sullivan spoke first. Sullivan said the United States would respond.', null, 'Sullivan→Jake Sullivan/surname'],
  // A generational suffix is no surname ("Charles Q. Brown Jr." is not every "Jr.").
  ['en', '2024-11-16', 'President Joseph R. Biden, Jr. met President Xi Jinping.', null, 'Jr→Charles Q. Brown Jr./surname'],
  // Ukrainian and Russian surnames alone and in their case forms, in office at the date.
  ['uk', '2023-05-10', 'Данілов заявив, що Росія може застосувати ядерну зброю.', 'Данілов→Oleksiy Danilov/surname', null],
  ['uk', '2023-05-10', 'За словами Данілова, Росія може застосувати ядерну зброю.', 'Данілова→Oleksiy Danilov/surname', null],
  ['uk', '2023-05-10', 'Юсов заявив, що Росія готує ядерну провокацію.', 'Юсов→Andriy Yusov/surname', null],
  ['uk', '2023-05-10', 'За словами Юсова, Росія готує ядерну провокацію.', 'Юсова→Andriy Yusov/surname', null],
  ['ru', '2023-05-10', 'По словам Юсова, Россия готовит провокацию.', 'Юсова→Andriy Yusov/surname', null],
  ['uk', '2023-05-10', 'Гутерріш заявив, що ядерна загроза зростає.', 'Гутерріш→António Guterres/surname', null],
  ['uk', '2023-05-10', 'За словами Гутерреша, ядерна загроза зростає.', 'Гутерреша→António Guterres/surname', null],
  ['uk', '2023-05-10', 'Пєскова запитали про ядерну зброю.', 'Пєскова→Dmitry Peskov/surname', null],
  // … out of office, a lone surname is nobody; after the full name, in any case form, it is that person.
  ['uk', '2025-05-10', 'Данілов заявив, що Росія може застосувати ядерну зброю.', null, 'Данілов→Oleksiy Danilov/surname'],
  ['uk', '2025-05-10', 'Олексій Данілов виступив. За словами Данілова, Росія може застосувати ядерну зброю.', 'Данілова→Oleksiy Danilov/surname', null],
  ['ru', '2025-05-10', 'Алексей Данилов выступил. Данилову ответил Медведев.', 'Данилову→Oleksiy Danilov/surname', null],
];

test('a lone surname names the one person of that surname in office at the date', () => {
  for (const [lang, published, text, hit, miss] of SERVING_SURNAMES) {
    const got = mentions(text, lang, { published });
    if (hit) assert.ok(got.includes(hit), `${published} ${text}\n  expected ${hit}\n  got ${JSON.stringify(got)}`);
    if (miss) assert.ok(!got.some((g) => g.startsWith(miss.split('/')[0] as string) && g.endsWith(miss.split('→')[1] as string)), `${published} ${text}\n  must not have ${miss}\n  got ${JSON.stringify(got)}`);
  }
});

test("a state's intelligence services are a mention of the state, an official voice", () => {
  for (const [lang, text, name] of [
    ['en', 'US intelligence has seen no sign of preparations.', 'United States'],
    ['en', 'U.S. intelligence assesses that Russia is unlikely to act.', 'United States'],
    ['ru', 'Американская разведка не видит признаков подготовки.', 'United States'],
    ['ru', 'Как заявила разведка США, признаков подготовки нет.', 'United States'],
    ['fr', 'Les services de renseignement américains n’ont vu aucun signe.', 'United States'],
  ] as const) {
    const found = run(text, lang).mentions.find((m) => m.actor.name === name);
    assert.ok(found, `${text}: no mention of ${name}`);
    assert.equal(found.actor.kind, 'official', text);
    assert.equal(found.via, 'state', text);
  }
});

/** [lang, statement text, voice of its first person or null] */
const SELF_NAMING: [string, string, string | null][] = [
  ['en', 'Hiroshima Vision\n\nMay 19, 2023\n\nWe, the Leaders of the Group of Seven, meeting in Hiroshima, reaffirm our commitment.\n\nWe call on Russia to return to the treaty.', 'G7'],
  ['fr', 'Déclaration\n\nNous, chefs d\'État et de gouvernement du G7, réaffirmons notre engagement.\n\nNous appelons la Russie à revenir au traité.', 'G7'],
  ['ru', 'Заявление\n\nМы, лидеры «Большой семёрки», подтверждаем нашу приверженность.\n\nМы призываем Россию вернуться к договору.', 'G7'],
  // No first-person pronoun opening the line: an apposition names nobody's voice.
  ['en', 'Statement\n\nThey, the Leaders of the Group of Seven, met in Hiroshima.\n\nWe call on Russia to return to the treaty.', null],
  // A pronoun inside the text, not opening a line, is no self-naming.
  ['en', 'Statement\n\nIn Hiroshima we, the Leaders of the Group of Seven, met.\n\nWe call on Russia to return to the treaty.', null],
];

test('a statement opening "We, the Leaders of …," speaks with that voice', () => {
  for (const [lang, text, voice] of SELF_NAMING) {
    const doc = { ...createDoc({ source: 't', content: text, format: 'text', meta: {} }), text, lang };
    const own = actors(sentences(doc)).mentions.filter((m) => m.via === 'pronoun').map((m) => m.actor.name);
    if (voice) assert.ok(own.length > 0 && own.every((n) => n === voice), `${text}\n  got ${JSON.stringify(own)}`);
    else assert.deepEqual(own, [], text);
  }
});

test('mention offsets and sentence indexes are exact', () => {
  const doc = run('Intro.\n\nLe président russe Vladimir Poutine a parlé. Puis Joe Biden a répondu.', 'fr');
  assert.ok(doc.mentions.length >= 3);
  for (const m of doc.mentions) {
    assert.equal(doc.text.slice(m.start, m.end), m.text);
    const s = doc.sentences[m.sentence];
    assert.ok(s && s.start <= m.start && m.end <= s.end, m.text);
  }
  const biden = doc.mentions.find((m) => m.text === 'Joe Biden');
  assert.equal(biden?.sentence, 2);
});

test('a document without text or known actors gets no mentions, and the input is not changed', () => {
  assert.deepEqual(run('', 'fr').mentions, []);
  assert.deepEqual(run('Il pleut sur la ville.', 'fr').mentions, []);
  const before = { ...createDoc({ source: 't', content: '', format: 'text', meta: {} }), text: 'Poutine parle.', lang: 'fr' };
  const withSentences = sentences(before);
  const after = actors(withSentences);
  assert.equal(withSentences.mentions.length, 0);
  assert.equal(after.mentions.length, 1);
});

test("first-person pronouns outside quotations are the channel author's in a post whose author resolves", () => {
  const own = (source: string, author: string, text: string, lang: string): string[] => {
    const doc = { ...createDoc({ source, content: text, format: 'text', meta: { author } }), text, lang };
    return actors(sentences(doc)).mentions.filter((m) => m.via === 'pronoun').map((m) => `${m.text}→${m.actor.name}`);
  };
  assert.deepEqual(own('telegram:medvedev_telegram/5', 'Дмитрий Медведев', 'Мы готовы ответить. «Я не знаю», — сказала Захарова.', 'ru'), ['Мы→Dmitry Medvedev']);
  assert.deepEqual(own('telegram:MID_Russia/7', 'МИД России 🇷🇺', 'Нам угрожают, и мы ответим.', 'ru'), ['Нам→Russia', 'мы→Russia']);
  assert.deepEqual(own('telegram:x/1', 'Канал новостей', 'Мы готовы ответить.', 'ru'), []);
  // A channel title the gazetteer does not know: the channel's username says whose it is.
  assert.deepEqual(own('telegram:medvedev_telegram/9', 'Medvedev | Медведев', 'Я предупреждал.', 'ru'), ['Я→Dmitry Medvedev']);
  assert.deepEqual(own('telegram:RKadyrov_95/3', 'Kadyrov_95', 'Считаю, что ответ будет.', 'ru'), ['Считаю→Ramzan Kadyrov']);
  assert.deepEqual(own('page.html', 'Reuters', 'We are ready to respond.', 'en'), []);
});

test('a post copied as text speaks with the voice its forward line, header or signature handle names', () => {
  const voice = (text: string): string[] => {
    const doc = { ...createDoc({ source: 'post.txt', content: text, format: 'text', meta: {} }), text: text.split('\n').filter((l) => !/^(?:Переслано|@|Forwarded)/u.test(l)).join('\n'), lang: 'ru', lines: text.split('\n') };
    return actors(sentences(doc)).mentions.filter((m) => m.via === 'pronoun').map((m) => `${m.text}→${m.actor.name}`);
  };
  // [post, first-person mentions expected]
  const table: [string, string[]][] = [
    ['Переслано от: Дмитрий Медведев\n\nЯ не раз говорил об этом.', ['Я→Dmitry Medvedev']],
    ['Forwarded from Мария Захарова\n\nОтвечу прямо: нет.', ['Отвечу→Maria Zakharova']],
    ['Мария Захарова\n\nНапомню, что мы предупреждали.', ['Напомню→Maria Zakharova', 'мы→Maria Zakharova']],
    ['Отвечу прямо: это угроза.\n\n#МИД\n@MariaVladimirovnaZakharova', ['Отвечу→Maria Zakharova']],
    ['Мы ответим.\n\n@MID_Russia', ['Мы→Russia']],
    // A speaker's header: the post relays that speaker's words.
    ['❗️Медведев — о планах Запада передать Киеву ракеты:\n\nМы применим всё, что есть.', ['Мы→Dmitry Medvedev']],
    ['Глава МИД РФ Сергей Лавров:\n\nМы ответим.', ['Мы→Sergey Lavrov']],
    // A body's or an outlet's post whose next line relays a person's words: that person's voice.
    ['МИД России 🇷🇺\n🔹 Министр иностранных дел России С.В.Лавров о заявлениях Президента Франции\n\nМы ответим.', ['Мы→Sergey Lavrov']],
    ['МИД России 🇷🇺\n🎙 Главное из брифинга официального представителя МИД России М.В.Захаровой\n\nМы ответим.', ['Мы→Maria Zakharova']],
    // The occasion ("в интервью …", "на брифинге …") may stand between the person and the topic.
    ['МИД России 🇷🇺\n🎙 Министр иностранных дел России С.В.Лавров в интервью «Первому каналу» о рисках ядерного конфликта\n\nМы ответим.', ['Мы→Sergey Lavrov']],
    ['Переслано от: ТАСС\nРябков на брифинге для журналистов о ДСНВ\n\nМы готовы.', ['Мы→Sergei Ryabkov']],
    // The occasion alone, a noun of speech after the person: the headline relays that interview.
    ['Минобороны России\n🚀 Командующий РВСН генерал-полковник Сергей Каракаев в интервью газете «Красная звезда»\n\nМы готовы.', ['Мы→Sergey Karakayev']],
    ['Переслано от: ТАСС\n⚡️Рябков: предложение остаётся в силе\n\nМы готовы.', ['Мы→Sergei Ryabkov']],
    ['Переслано от: Пул Первого\n❗️Лукашенко о ядерном оружии в Беларуси: применим\n\nМы готовы.', ['Мы→Alexander Lukashenko']],
    // Under a body's header, a first sentence naming someone is no relaying headline.
    ['МИД России 🇷🇺\nМинистр С.В.Лавров провёл переговоры.\n\nМы ответим.', ['Мы→Russia']],
    // A verb before the topic makes a news headline about the person, not a relay of their words.
    ['МИД России 🇷🇺\nЛавров заявил о рисках ядерного конфликта\n\nМы ответим.', ['Мы→Russia']],
    ['МИД России 🇷🇺\nЛавров заявил в интервью газете о рисках\n\nМы ответим.', ['Мы→Russia']],
    // Misses: a forward from a channel nobody knows, a headline naming someone, an unknown handle,
    // a news agency's signature (a byline is the outlet reporting, not a voice).
    ['Переслано от: Пул Первого\n\nМы ответим.', []],
    ['Медведев пригрозил Западу\n\nЯ не раз говорил об этом.', []],
    ['Медведев: Запад играет с огнём\n\nМы ответим.', []],
    // A dateline is no speaker's header; nor is a long first line.
    ['WASHINGTON — We are ready, the officials said.\n\nWe will respond.', []],
    ['Медведев — о том, что Запад давно и сознательно ведёт дело к большой войне в Европе и в Азии\n\nМы ответим.', []],
    ['Мы ответим.\n\n@some_news_channel', []],
    ['Мы ответим.\n\n@rian_ru', []],
  ];
  for (const [post, expected] of table) assert.deepEqual(voice(post), expected, post);
});

test('a transcript or statement speaks with the voice its title names: a noun of speech, the speaker, the occasion', () => {
  const voice = (lang: string, text: string): string[] => {
    const doc = { ...createDoc({ source: 'page.txt', content: text, format: 'text', meta: {} }), text, lang, lines: text.split('\n') };
    return actors(sentences(doc)).mentions.filter((m) => m.via === 'pronoun').map((m) => `${m.text}→${m.actor.name}`);
  };
  // [lang, document, first-person mentions expected]
  const table: [string, string, string[]][] = [
    ['en', 'Remarks by Secretary of Defense Lloyd J. Austin III at the Shangri-La Dialogue (As Delivered)\n\nWe will not be coerced.', ['We→Lloyd Austin']],
    ['en', 'U.S. Department of Defense\nNews | Speeches\nRemarks by Secretary of Defense Lloyd J. Austin III\n\nWe will not be coerced.', ['We→Lloyd Austin']],
    ['en', 'Address by Prime Minister Kishida at the Hiroshima Peace Memorial Ceremony\n\nI state this clearly.', ['I→Fumio Kishida']],
    ['ru', 'Заявление МИД России в связи с размещением ядерного оружия в Европе\n\nМы предупреждаем.', ['Мы→Russia']],
    ['uk', "Заява МЗС України у зв'язку з річницею Будапештського меморандуму\n\nМи змушені констатувати.", ['Ми→Ukraine']],
    ['fr', 'Déclaration du ministère des Affaires étrangères français sur les essais\n\nNous appelons Pyongyang au calme.', ['Nous→France']],
    // Misses: a news headline (a verb after the speaker), a noun of speech not opening the title, a first line that is a sentence.
    ['en', 'Statement by Putin alarms Western capitals\n\nWe will respond, officials said.', []],
    ['en', 'Putin statement on nuclear forces\n\nWe will respond, officials said.', []],
    ['ru', 'Заявление Путина вызвало тревогу на Западе\n\nМы ответим, сказали в НАТО.', []],
  ];
  for (const [lang, text, expected] of table) assert.deepEqual(voice(lang, text), expected, text);
});

test("a post's furniture left in its text (forward line, hashtags, signature handle) names nobody", () => {
  // [text, mentions expected, mentions that must not appear]
  const table: [string, string[], string[]][] = [
    ['Переслано от: МИД России\n\nМедведев заявил, что Россия готова.\n\n#Медведев #НАТО', ['Медведев→Dmitry Medvedev/surname', 'Россия→Russia/state'], ['МИД России→Russia/state', 'НАТО→NATO/organisation']],
    ['Forwarded from Reuters\n\nNATO said so.\n\n@Reuters', ['NATO→NATO/organisation'], ['Reuters→Reuters/organisation']],
    // A hashtag inside a sentence is part of it.
    ['Как заявил #Медведев, ответ будет.', ['Медведев→Dmitry Medvedev/surname'], []],
  ];
  for (const [text, hits, misses] of table) {
    const got = mentions(text, /[а-я]/iu.test(text) ? 'ru' : 'en');
    for (const h of hits) assert.ok(got.includes(h), `${text}\n  expected ${h}\n  got ${JSON.stringify(got)}`);
    for (const m of misses) assert.ok(!got.includes(m), `${text}\n  unexpected ${m}`);
  }
});

test("a transcript's speaker label gives its paragraph's first person to the labelled speaker", () => {
  const text = [
    'DEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH: Good afternoon. I have a couple of things at the top.',
    'Q: Do you see the visit as a threat? We would like to know.',
    'MS. SINGH: We are watching closely. We have no indication of nuclear weapons.',
  ].join('\n\n');
  const got = mentions(text, 'en').filter((m) => m.includes('/pronoun'));
  assert.deepEqual(got, ['I→Sabrina Singh/pronoun', 'We→Sabrina Singh/pronoun', 'We→Sabrina Singh/pronoun']);
  const ru = mentions('В.Путин: Мы ответим на любую угрозу.\n\nВопрос: Мы можем уточнить?', 'ru').filter((m) => m.includes('/pronoun'));
  assert.deepEqual(ru, ['Мы→Vladimir Putin/pronoun']);
});

test('unknown names: ranks and titles before them, initials and particles inside them', () => {
  // [lang, text, name expected among the mentions]
  const hits: [string, string, string][] = [
    ['en', 'The test worked, said retired Air Vice Marshal K. Sethuraman.', 'K. Sethuraman'],
    ['en', 'We are ready, said Rear Admiral John P. Kirby at a briefing.', 'John P. Kirby'],
    ['en', 'We will respond, said Lt. Gen. Mark Schwartz, the commander.', 'Mark Schwartz'],
    ['en', 'The drill went well, Maj. Gen. Pat Ryder told reporters.', 'Pat Ryder'],
    ['en', 'A dangerous time, said Air Chief Marshal Sir Stuart Peach.', 'Stuart Peach'],
    ['en', 'This is a wager, said Mexican diplomat Juan Ramon de la Fuente at a news conference.', 'Juan Ramon de la Fuente'],
    ['en', 'It is deterrence, said Prof. Jan van der Berg of Leiden University.', 'Jan van der Berg'],
    ['en', 'This is serious, said Dr. Ana Maria dos Santos, a researcher.', 'Ana Maria dos Santos'],
    ['fr', "C'est grave, a déclaré le maréchal Jean-Marie de Lattre.", 'Jean-Marie de Lattre'],
    ['fr', 'Selon Marie-Claire van den Broek, chercheuse à Bruxelles, le risque augmente.', 'Marie-Claire van den Broek'],
    ['en', 'The ban is needed, said Ahmed bin Abdullah, an analyst in Doha.', 'Ahmed bin Abdullah'],
    // Cyrillic particles (ru/uk name-particles.txt), in the English form of the name.
    ['ru', '«Это ставка на удачу», — сказал дипломат Хуан Рамон де ла Фуэнте.', 'Juan Ramon de la Fuente'],
    ['uk', 'Експерт Ян ван дер Мер заявив, що ризик зростає.', 'Yan van der Mer'],
  ];
  for (const [lang, text, name] of hits) {
    const names = run(text, lang).mentions.map((m) => m.actor.name);
    assert.ok(names.includes(name), `${text}\n  want ${name}\n  got ${JSON.stringify(names)}`);
  }
  // Misses: a rank with no name after it, lower-case words after a particle, a rank word cut from the name.
  const misses: [string, string, string][] = [
    ['en', 'The Air Vice Marshal said the test worked.', 'Air Vice Marshal'],
    ['en', 'The test worked, said Jane Doe de facto leader of the group.', 'Jane Doe de facto'],
    ['en', 'The test worked, said retired Air Vice Marshal K. Sethuraman.', 'Air Vice Marshal K'],
  ];
  for (const [lang, text, name] of misses) {
    const names = run(text, lang).mentions.map((m) => m.actor.name);
    assert.ok(!names.includes(name), `${text}\n  must not have ${name}\n  got ${JSON.stringify(names)}`);
  }
});

test('a past role of a named state is a former holder the article names, never the holder at its date', () => {
  // [lang, text, published, mention expected, mention that must not be]
  const table: [string, string, string, string, string][] = [
    ['en', 'Dmitry Medvedev spoke on Sunday. Vladimir Putin was silent. The former Russian president said the answer would be fast.', '2022-07-17', 'Russian president→Dmitry Medvedev/role', 'Russian president→Vladimir Putin/role'],
    ['fr', "Dmitri Medvedev s'est exprimé dimanche. Vladimir Poutine s'est tu. L'ancien président russe a averti que la réponse serait rapide.", '2022-07-17', 'président russe→Dmitry Medvedev/role', 'président russe→Vladimir Putin/role'],
    // Without "former", the role is the holder at the date.
    ['en', 'Dmitry Medvedev spoke on Sunday. The Russian president said the answer would be fast.', '2022-07-17', 'Russian president→Vladimir Putin/role', 'Russian president→Dmitry Medvedev/role'],
  ];
  for (const [lang, text, published, want, banned] of table) {
    const got = mentions(text, lang, { published });
    assert.ok(got.includes(want) && !got.includes(banned), `${text}\n  want ${want}\n  got ${JSON.stringify(got)}`);
  }
});

test('a family name written first before another given name is not the gazetteer person of that family name', () => {
  // [text, mention expected, mention that must not be]
  const table: [string, string | null, string][] = [
    ['The 5,000-tonne Choe Hyon fired a strategic cruise missile on Monday.', null, 'Choe→Choe Son Hui/surname'],
    ['Choe Son Hui spoke on Monday. Choe added that more tests would follow.', 'Choe→Choe Son Hui/surname', 'Choe→Kim Jong Un/surname'],
    ['Choe Son Hui said the navy was ready.', 'Choe Son Hui→Choe Son Hui/name', 'Choe→Choe Son Hui/surname'],
  ];
  for (const [text, want, banned] of table) {
    const got = mentions(text, 'en');
    assert.ok((want === null || got.includes(want)) && !got.includes(banned), `${text}\n  want ${want}\n  got ${JSON.stringify(got)}`);
  }
});

test('a shared family name alone is the one person of it the article names in full', () => {
  // [lang, text, mention expected, mention that must not be]
  const table: [string, string, string | null, string][] = [
    ['en', 'Kim Jong Un watched the test. During his visit, Kim inspected a submarine.', 'Kim→Kim Jong Un/surname', 'Kim→Kim Yo Jong/surname'],
    ['ru', 'Ким Чен Ын посетил верфь. Ким осмотрел подводную лодку.', 'Ким→Kim Jong Un/surname', 'Ким→Kim Yo Jong/surname'],
    // Both named: the word alone names neither; another given name after it is someone else.
    ['en', 'Kim Jong Un and Kim Yo Jong watched the test. Kim said it went well.', null, 'Kim→Kim Jong Un/surname'],
    ['en', 'Kim Jong Un watched the test. Kim Yong-hyun, the defence minister, said so.', null, 'Kim→Kim Jong Un/surname'],
  ];
  for (const [lang, text, want, banned] of table) {
    const got = mentions(text, lang);
    assert.ok((want === null || got.includes(want)) && !got.includes(banned), `${text}\n  want ${want}\n  got ${JSON.stringify(got)}`);
  }
});
