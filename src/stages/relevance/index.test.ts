import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDates } from '../dates/index.ts';
import { createSignals } from '../signals/index.ts';
import { annotatedDoc } from '../signals/test-doc.ts';
import { createRelevance } from './index.ts';

const dates = createDates();
const signals = createSignals();
const relevance = createRelevance();

function relevant(lang: string, text: string): boolean {
  return relevance(signals(dates(annotatedDoc(lang, text)))).relevant;
}

/** [language, document, relevant?] */
const CASES: readonly [string, string, boolean][] = [
  [
    'fr',
    'Dmitri Medvedev a écrit jeudi que la Russie pourrait utiliser « toute arme russe, y compris les armes nucléaires stratégiques ».\n\nLes responsables américains ont déclaré que rien n’indiquait que la Russie déplace ses armes nucléaires.',
    true,
  ],
  [
    'fr',
    'La centrale nucléaire de Zaporijjia a de nouveau été coupée du réseau électrique, a indiqué l’AIEA.\n\nLes réacteurs sont à l’arrêt à froid et l’Agence internationale de l’énergie atomique réclame une zone de sécurité autour de la centrale.',
    false,
  ],
  ['fr', 'Le maire de Kyiv a dit aux habitants de se préparer à des coupures de courant plus longues cet hiver.', false],
  [
    'en',
    'Putin claimed without evidence that Kyiv was preparing to use a dirty bomb.\n\nUS officials said there was no sign that Russia was moving its nuclear weapons.',
    true,
  ],
  [
    'en',
    'The IAEA said the Zaporizhzhia nuclear power plant lost external power again.\n\nRussia warned that shelling near the reactors could cause a nuclear catastrophe, and the plant’s operator said the grid connection was restored.',
    false,
  ],
  ['en', 'The central bank warned that inflation would stay high, officials said.', false],
  ['ru', 'Медведев: если НАТО продолжит, Россия применит ядерное оружие. Это не блеф.', true],
  ['ru', 'На Запорожской АЭС произошло отключение энергоблока, сообщили в МАГАТЭ. Росатом заявил, что реактор в безопасности.', false],
  ['ru', 'Песков заявил, что Путин проведет пресс-конференцию в декабре.', false],
  // A signal in a text that says only "nuclear" (no "nuclear weapons") is weapon news when nothing civil is said…
  ['ru', 'Захарова назвала ядерные учения НАТО у российских границ провокацией.', true],
  ['en', 'Russia test-fired a nuclear-capable intercontinental ballistic missile on Tuesday, the Kremlin said.', true],
  // … but not when the text also speaks of nuclear power.
  ['en', 'Russia warned that shelling near the nuclear power plant could cause a nuclear catastrophe.', false],
  // A strategic missile launch is weapon news without the word "nuclear".
  ['ru', 'Подводный крейсер выполнил пуск баллистической ракеты «Булава», сообщили в Минобороны России.', true],
  // A named delivery system is weapon vocabulary, and the reactor that powers a weapon is not civil news.
  [
    'en',
    'Russia has carried out a final test of its nuclear-powered Burevestnik cruise missile, President Vladimir Putin said.\n\nAnalysts doubt that a missile powered by a small nuclear reactor can be made reliable.',
    true,
  ],
];

test('relevance: nuclear signals yes, civil nuclear and unrelated news no', () => {
  for (const [lang, text, expected] of CASES) {
    assert.equal(relevant(lang, text), expected, `${lang} "${text.slice(0, 80)}"`);
  }
});

test('a lone weak signal in civil-nuclear news does not make it relevant', () => {
  const doc = dates(annotatedDoc('en', 'The reactor at the nuclear plant was shut down. The plant’s reactors and the grid were inspected by the IAEA.'));
  const withSignal = {
    ...doc,
    signals: [
      {
        type: 'WARNING' as const,
        actor: { name: 'Russia', country: 'RU', kind: 'official' as const },
        target: null,
        date: null,
        severity: 2,
        modality: 'public' as const,
        sourcing: 'on_record' as const,
        quote: null,
        evidence: [],
        confidence: 0.9,
      },
    ],
  };
  assert.equal(relevance(withSignal).relevant, false);
});
