import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairQuotes, type QuotePair } from './quote-marks.ts';

/** The quoted spans of `text[from, to)`, as the pairs give them (French inner spaces trimmed). */
function quoted(text: string, from = 0, to = text.length): string[] {
  return pairQuotes(text, from, to).map((q: QuotePair) => text.slice(q.open + 1, q.close ?? q.end).trim());
}

// The marks of a text are found once and each paragraph takes its own: a paragraph's pairs must be those of
// the paragraph alone, whatever other text (of the same length, even) was paired in between.
test('each paragraph of a text is paired on its own marks, whichever texts were paired before', () => {
  const a = '« Nous répondrons », a dit le ministre.\n\nIl a ajouté : “We will not wait.”';
  const b = 'He said "no deal" and left.\n\n\'Not now\', she replied, and « non » again....';
  assert.equal(a.length, b.length);
  const second = a.indexOf('Il a');
  const rows: [string, number, number, string[]][] = [
    [a, 0, second - 2, ['Nous répondrons']],
    [b, 0, b.indexOf('\n'), ['no deal']],
    [a, second, a.length, ['We will not wait.']],
    [b, b.indexOf("'Not"), b.length, ['Not now', 'non']],
    [a, 0, a.length, ['Nous répondrons', 'We will not wait.']],
    // A range starting past every mark has none; a range inside a quotation sees only its own marks.
    [a, a.length - 1, a.length, []],
    ['no marks at all', 0, 15, []],
  ];
  for (const [text, from, to, want] of rows) assert.deepEqual(quoted(text, from, to), want, `${JSON.stringify(text.slice(from, to))}`);
});

test('an apostrophe between letters is no mark, and a quote left open runs to the paragraph end', () => {
  const text = "L'armée a dit « nous ne reculerons pas\n\nAutre paragraphe.";
  const end = text.indexOf('\n');
  assert.deepEqual(quoted(text, 0, end), ['nous ne reculerons pas']);
  assert.deepEqual(pairQuotes(text, 0, end)[0]?.close, null);
  assert.deepEqual(quoted(text, end + 2, text.length), []);
});
