import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../document/index.ts';
import { documentInput, urlOf } from './index.ts';

test('urlOf: metadata URL first, else a source that is a URL, else null', () => {
  const rows: [string, string | undefined, string | null][] = [
    ['https://example.org/a', undefined, 'https://example.org/a'],
    ['http://example.org/b', 'https://canonical.example/b', 'https://canonical.example/b'],
    ['articles/a.html', 'https://canonical.example/a', 'https://canonical.example/a'],
    ['articles/a.html', undefined, null],
    ['telegram:mfa_russia/42', undefined, null],
  ];
  for (const [source, url, expected] of rows) {
    const doc = createDoc({ source, content: '', format: 'text', meta: url ? { url } : {} });
    assert.equal(urlOf(doc), expected, source);
  }
});

test('documentInput carries the record and a signature only when the text has words', () => {
  const empty = createDoc({ source: 'a.txt', content: '', format: 'text', meta: {} });
  assert.equal(documentInput(empty).signature, null);
  const doc = { ...empty, id: 'abc', text: 'Russia suspended its participation in the New START treaty on Tuesday, officials said.' };
  const input = documentInput(doc);
  assert.equal(input.record.id, 'abc');
  assert.notEqual(input.signature, null);
});
