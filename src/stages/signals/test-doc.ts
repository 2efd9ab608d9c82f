/**
 * Test support for the signals and relevance stages: builds an annotated
 * document (sentences, actor mentions, quotations) from plain text with a
 * small fixed list of actors, so rule tables can be written as sentences
 * without running the sentence, actor and quote stages. Not used by the
 * pipeline.
 */
import { createDoc, type ActorRef, type Doc, type Mention, type MentionVia, type Quote, type Sentence } from '../../document/index.ts';

const RU = (name: string): ActorRef => ({ name, country: 'RU', kind: 'official' });
const US = (name: string): ActorRef => ({ name, country: 'US', kind: 'official' });
const UA = (name: string): ActorRef => ({ name, country: 'UA', kind: 'official' });
const STATE_RU = RU('Russia');
const STATE_US = US('United States');
const STATE_UA = UA('Ukraine');

/** Surface form → actor and how it is recognised. Longest forms are tried first. */
export const TEST_ACTORS: readonly [string, ActorRef, MentionVia][] = [
  ['Vladimir Poutine', RU('Vladimir Putin'), 'name'],
  ['Vladimir Putin', RU('Vladimir Putin'), 'name'],
  ['Владимир Путин', RU('Vladimir Putin'), 'name'],
  ['Poutine', RU('Vladimir Putin'), 'surname'],
  ['Putin', RU('Vladimir Putin'), 'surname'],
  ['Путин', RU('Vladimir Putin'), 'surname'],
  ['Dmitri Medvedev', RU('Dmitry Medvedev'), 'name'],
  ['Dmitry Medvedev', RU('Dmitry Medvedev'), 'name'],
  ['Medvedev', RU('Dmitry Medvedev'), 'surname'],
  ['Медведев', RU('Dmitry Medvedev'), 'surname'],
  ['Dmitry Peskov', RU('Dmitry Peskov'), 'name'],
  ['Peskov', RU('Dmitry Peskov'), 'surname'],
  ['Песков', RU('Dmitry Peskov'), 'surname'],
  ['Мария Захарова', RU('Maria Zakharova'), 'name'],
  ['Захарова', RU('Maria Zakharova'), 'surname'],
  ['Sergueï Choïgou', RU('Sergei Shoigu'), 'name'],
  ['Шойгу', RU('Sergei Shoigu'), 'surname'],
  ['Лукашенко', { name: 'Alexander Lukashenko', country: 'BY', kind: 'official' }, 'surname'],
  ['Lukashenko', { name: 'Alexander Lukashenko', country: 'BY', kind: 'official' }, 'surname'],
  ['МИД РФ', STATE_RU, 'organisation'],
  ['Лавров', RU('Sergey Lavrov'), 'surname'],
  ['MOSCOW', STATE_RU, 'state'],
  ['The White House', STATE_US, 'organisation'],
  ['the Pentagon', STATE_US, 'organisation'],
  ['Alexander Lukashenko', { name: 'Alexander Lukashenko', country: 'BY', kind: 'official' }, 'name'],
  ['Столтенберга', { name: 'Jens Stoltenberg', country: 'NATO', kind: 'intl_org' }, 'surname'],
  ["China's foreign ministry", { name: 'China', country: 'CN', kind: 'official' }, 'organisation'],
  ['Минобороны России', STATE_RU, 'organisation'],
  ['Le ministère russe des Affaires étrangères', STATE_RU, 'organisation'],
  ['the Russian Foreign Ministry', STATE_RU, 'organisation'],
  ['le Kremlin', STATE_RU, 'state'],
  ['the Kremlin', STATE_RU, 'state'],
  ['Kremlin', STATE_RU, 'state'],
  ['Кремль', STATE_RU, 'state'],
  ['la Russie', STATE_RU, 'state'],
  ['Moscou', STATE_RU, 'state'],
  ['Russia', STATE_RU, 'state'],
  ['Moscow', STATE_RU, 'state'],
  ['Россия', STATE_RU, 'state'],
  ['Москва', STATE_RU, 'state'],
  ['Joe Biden', US('Joe Biden'), 'name'],
  ['Biden', US('Joe Biden'), 'surname'],
  ['Antony Blinken', US('Antony Blinken'), 'name'],
  ['Blinken', US('Antony Blinken'), 'surname'],
  ['Jake Sullivan', US('Jake Sullivan'), 'name'],
  ['Sullivan', US('Jake Sullivan'), 'surname'],
  ['Lloyd Austin', US('Lloyd Austin'), 'name'],
  ['Austin', US('Lloyd Austin'), 'surname'],
  ['John Kirby', US('John Kirby'), 'name'],
  // A role the actor list resolves to its current holder, whether or not the text names them.
  ['State Department spokesperson', US('Ned Price'), 'role'],
  ['Mark Rutte', { name: 'Mark Rutte', country: 'NATO', kind: 'intl_org' }, 'name'],
  ['les responsables américains', STATE_US, 'role'],
  ['Les responsables américains', STATE_US, 'role'],
  ['des responsables américains', STATE_US, 'role'],
  ['US officials', STATE_US, 'role'],
  ['U.S. officials', STATE_US, 'role'],
  ['les États-Unis', STATE_US, 'state'],
  ['Les États-Unis', STATE_US, 'state'],
  ['the United States', STATE_US, 'state'],
  ['Washington', STATE_US, 'state'],
  ['США', STATE_US, 'state'],
  ['Вашингтон', STATE_US, 'state'],
  ['Volodymyr Zelensky', UA('Volodymyr Zelenskyy'), 'name'],
  ['Zelensky', UA('Volodymyr Zelenskyy'), 'surname'],
  ["l'Ukraine", STATE_UA, 'state'],
  ['L’Ukraine', STATE_UA, 'state'],
  ['l’Ukraine', STATE_UA, 'state'],
  ['Ukraine', STATE_UA, 'state'],
  ['Kyiv', STATE_UA, 'state'],
  ['Украина', STATE_UA, 'state'],
  ['Киев', STATE_UA, 'state'],
  ['Daryl Kimball', { name: 'Daryl Kimball', country: null, kind: 'expert' }, 'name'],
  ['Kimball', { name: 'Daryl Kimball', country: null, kind: 'expert' }, 'surname'],
  ['Institute for the Study of War', { name: 'Institute for the Study of War', country: null, kind: 'expert' }, 'organisation'],
  ['Reuters', { name: 'Reuters', country: null, kind: 'media' }, 'organisation'],
  ['the Wall Street Journal', { name: 'The Wall Street Journal', country: null, kind: 'media' }, 'organisation'],
  ['le Wall Street Journal', { name: 'The Wall Street Journal', country: null, kind: 'media' }, 'organisation'],
  ['ТАСС', { name: 'TASS', country: null, kind: 'media' }, 'organisation'],
  ['NATO', { name: 'NATO', country: 'NATO', kind: 'intl_org' }, 'organisation'],
  ['Iran', { name: 'Iran', country: 'IR', kind: 'official' }, 'state'],
  ["L'Iran", { name: 'Iran', country: 'IR', kind: 'official' }, 'state'],
  ['Иран', { name: 'Iran', country: 'IR', kind: 'official' }, 'state'],
  ['OTAN', { name: 'NATO', country: 'NATO', kind: 'intl_org' }, 'organisation'],
];

const QUOTE_PAIRS: readonly [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits paragraphs (blank lines) into sentences at . ! ? followed by a space and a capital or a quote mark. */
function splitSentences(text: string): Sentence[] {
  const quoted: [number, number][] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    for (const m of text.matchAll(new RegExp(`${escape(open)}[^${escape(close)}${escape(open)}]*${escape(close)}`, 'gu'))) {
      quoted.push([m.index ?? 0, (m.index ?? 0) + m[0].length - 1]);
    }
  }
  const out: Sentence[] = [];
  let offset = 0;
  text.split('\n\n').forEach((para, paragraph) => {
    const re = /[^.!?]+(?:[.!?]+(?:[»”"]\s*)?|$)/gu;
    let start = 0;
    for (const m of para.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      const next = para.slice(end);
      if (end < para.length && !/^\s*[\p{Lu}«“"—–-]/u.test(next)) continue;
      if (quoted.some(([a, b]) => offset + end > a && offset + end <= b)) continue;
      const raw = para.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length, text: trimmed, paragraph });
      start = end;
    }
    offset += para.length + 2;
  });
  return out;
}

/** A document annotated the way the sentences, actors and quotes stages would. */
export function annotatedDoc(lang: string, text: string, published: string | null = '2022-11-07'): Doc {
  const base = createDoc({ source: 'test', content: text, format: 'text', meta: published ? { published } : {} });
  const sentences = splitSentences(text);
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (const [surface, actor, via] of [...TEST_ACTORS].sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![\\p{L}])${escape(surface)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + surface.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      mentions.push({ start, end, text: surface, actor, via, sentence: sentenceOf(start) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    const re = new RegExp(`${escape(open)}([^${escape(close)}${escape(open)}]{3,})${escape(close)}`, 'gu');
    for (const m of text.matchAll(re)) {
      const inner = m[1] as string;
      const start = (m.index ?? 0) + open.length + (inner.length - inner.trimStart().length);
      const end = start + inner.trim().length;
      const s = sentences[sentenceOf(start)];
      const outside = mentions.filter((x) => s && x.start >= s.start && x.end <= s.end && (x.end <= start - 1 || x.start >= end + 1));
      const speaker = outside.find((x) => x.start > end) ?? outside[0];
      quotes.push({ start, end, text: inner.trim(), speaker: speaker ? speaker.actor : null, kind: 'direct', sentence: sentenceOf(start) });
    }
  }
  return { ...base, lang, text, sentences, mentions, quotes: quotes.sort((a, b) => a.start - b.start) };
}
