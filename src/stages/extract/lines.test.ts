import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBylineLine, isCreditLine, isDateLine, isEndMarker, isPromoLine, isUiLabel } from './lines.ts';
import { type LineVocabulary, loadVocabulary } from './vocabulary.ts';

/** The shipped vocabulary (data/<lang>/), as the pipeline loads it. */
const V = loadVocabulary().lines;

// [predicate, lines it must catch, lines it must leave alone]
const TABLES: [string, (line: string, v: LineVocabulary) => boolean, string[], string[]][] = [
  [
    'isUiLabel',
    isUiLabel,
    ['Advertisement', 'ADVERT', 'Share this', 'Share on Facebook', 'Close', 'Caption', 'Text size', 'Comments', 'Read more', 'Publicité', 'Partager', 'Anzeige', 'Werbung', 'Publicidad', 'Реклама', 'Поделиться', 'Reading time: 3 minutes', 'Время чтения: 3 минуты', 'Tempo de leitura: 1 minuto', 'Lesezeit: 4 Min.', 'Image 2 of 5', '1 of 6', 'View all (23)', 'Filed under: Politics', '• • •'],
    ['Advertisement revenue fell by a third last year.', 'Close ties with Moscow', 'Share prices rose sharply', 'Comments by the minister were not reported.', '___', 'Reactions', '2019'],
  ],
  [
    'isDateLine',
    isDateLine,
    ['November 15, 2019', '14 March 2024', 'Published November 20th, 2019 - 07:50 GMT', 'UPDATED: Tue., Nov. 19, 2019', '11.14.2019 09:00 AM', 'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', 'Publié le 7 février 2024 à 18h05', 'sexta-feira, 22 de outubro de 2010 às 20:13', '2 апреля 2024, 11:20', 'Aktualisiert am 3. Mai 2024 um 10:15 Uhr', '05/10/2018', 'by Jeff Foust — November 18, 2019', 'Associated Press November 19, 2019, 9:02 AM', 'Posted: 2018-08-25 15:24', 'Сегодня, 11:20', 'Yesterday at 9:15 pm', 'Marcus De Guzman 2019-11-20 17:27:46', '2019-11-20 12:57:32 Marcus De Guzman', 'Jane Doe, Reporter, 18 November 2019', 'Iran Update, June 13, 2025', '4 hours ago', 'Updated 2 hours ago', 'Оновлено 29.02.2024 16:10', 'TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 11, 2024, 19:06 IST', 'Jane Doe | March 3, 2024', 'October 31, 20242:17 PM GMT+9Updated 3 hours ago', 'Mar 6th 2025|Berlin and Paris'],
    ['10 p.m.', '02-751-1500', '6', '1 2 3 4 5 6 7 8', 'March 2024 was the warmest on record.', 'Friday, the talks resumed.', 'In 2019, sales rose.', '— Rep. Jane Doe (@janedoe) November 19, 2019', '16 Erik Jones 2194 1 0 10 17', 'Talks ended on 19 November 2019.', 'The Senate voted on November 19, 2019 to adjourn', 'Talks resumed on 2019-11-20 in Geneva with both delegations', 'Russian Offensive Campaign Assessment, February 21, 2023', 'Weekly Arms Control Briefing, 21 March 2024', '4 hours of talks', 'Talks in Geneva / the treaty expired on 5 February 2026 without a successor, officials said', 'Sanctions / Oil prices rose in 2024 as exports fell sharply', 'Talks on 5 March 2025 | Paris and Berlin disagreed on the cost of the deterrent for Europe'],
  ],
  [
    'isPromoLine',
    isPromoLine,
    ['Read more: Alibaba poised to launch record-breaking listing', 'READ MORE: China plague outbreak confirmed', 'Related: The 15 Weirdest Galaxies in Our Universe', '[Related: Keynote highlights]', 'Lire aussi : Au sommet de l\'OTAN', 'Lire aussi | Guerre en Ukraine : ce que l\'on sait',  'Читайте также: Что осталось от договора', 'Mehr zum Thema: New START vor dem Aus?', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'Subscribe to the Morning Review newsletter', 'CLICK HERE TO GET THE FOX NEWS APP', 'Get the latest updates right in your inbox. Subscribe to our newsletters.', 'Abonnez-vous à notre newsletter', 'Подписывайтесь на наш канал в Telegram', 'Подпишитесь на рассылку новостей', 'Читайте ещё: Что осталось от договора', 'Читайте NEWS.ru в Telegram', 'Читайте еще: Что осталось от договора', 'Get the latest IndieWire alerts and newsletters delivered to your inbox', 'Get Motor Cycle Monthly delivered through your letterbox every month.'],
    ['Related reading of the treaty suggests otherwise, she said.', 'More than 100 people were killed.', 'Sign up for a Hulu account for $11.99 a month', 'Click here to get more information or download this game.', 'Be sure to visit us on Facebook, Twitter, and Instagram.', 'Investors rushed to subscribe for shares in the listing.', 'Путин подписал указ почти через год после выборов.', 'Почта России подписала соглашение'],
  ],
  [
    'isCreditLine',
    isCreditLine,
    ['Natalie Naccache | Bloomberg | Getty Images', 'Photo: Ledger staff', 'Фото: личный архив', '(AP Photo/John Smith)', '© Inexhibit, 2018'],
    ['Фото:', 'Reuters reported that the talks had stalled.', 'The AFP agency said the figure was too low.', 'Getty Images has cut 300 jobs.'],
  ],
  [
    'isBylineLine',
    isBylineLine,
    ['By Laura Mowat', 'By Sean Martin and Jane Doe', 'Par Claire Dumont', 'Von Hans Meier', 'Автор: Иван Петров'],
    ['By contrast, the ministry said nothing.', 'By 2030 the fleet will double', 'Paris is calm', 'by the way'],
  ],
  [
    'isEndMarker',
    isEndMarker,
    ['Related Articles', 'You may also like...', 'You might also like:', 'More Great WIRED Stories', 'Comments', '3 Comments', 'Leave a Reply', 'Sur le même sujet', 'À lire aussi', 'Mehr zum Thema', 'Читайте также', 'Похожие новости', 'Noticias relacionadas', 'Você pode gostar...'],
    ['Related talks resumed in Geneva on Monday.', 'More than 100 protesters were killed', 'Comments from the minister', 'Lire aussi le rapport complet du ministère, publié hier soir.', 'Popularity of the president fell'],
  ],
];

for (const [name, predicate, hits, misses] of TABLES) {
  for (const line of hits) {
    test(`${name} catches: ${line}`, () => {
      assert.equal(predicate(line, V), true);
    });
  }
  for (const line of misses) {
    test(`${name} leaves: ${line}`, () => {
      assert.equal(predicate(line, V), false);
    });
  }
}
