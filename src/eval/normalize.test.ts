import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldAccents, normalizeText, wordTokens } from './normalize.ts';

test('normalizeText: NFKC, lower case, quote marks folded, white space collapsed', () => {
  const rows: [string, string][] = [
    ['  Hello   World ', 'hello world'],
    ['L’Ukraine', "l'ukraine"],
    ['« La Russie a choisi sa voie »', "' la russie a choisi sa voie '"],
    ['“Don’t”', "'don't'"],
    ['„Nein“ ‚ja‘ ‹oui› ‟x‛', "'nein' 'ja' 'oui' 'x'"],
    ['`tick´', "'tick'"],
    ['＂full＂ width', "'full' width"],
    ['ﬁn ①', 'fin 1'],
    ['a\u00A0b\u202Fc\td\n\ne', 'a b c d e'],
    ['nu\u00ADclé\u200Baire', 'nucléaire'],
    ['ÉTATS-UNIS', 'états-unis'],
  ];
  for (const [input, expected] of rows) assert.equal(normalizeText(input), expected, input);
});

test('normalizeText keeps accents; foldAccents removes them', () => {
  assert.equal(normalizeText('Zelensky Зеленський Émile'), 'zelensky зеленський émile');
  assert.equal(foldAccents('Émile Škoda Łukasz'), 'Emile Skoda Łukasz');
  assert.equal(foldAccents('e\u0301'), 'e');
});

test('wordTokens are normalised letter/digit runs', () => {
  assert.deepEqual(wordTokens('L’arme, 2022 : « Non ! »'), ['l', 'arme', '2022', 'non']);
});
