/**
 * The dashboard's HTML-sink lint: article text is hostile, so no source file
 * under web/src may hand a string to the HTML parser. Everything goes through
 * web/src/dom.ts, which only creates elements and text nodes.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const WEB_SRC = join(import.meta.dirname, '..', '..', 'web', 'src');

/** APIs that parse a string as HTML or run it as code, and attribute writes that can carry script. */
const SINKS: readonly [RegExp, string][] = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/document\.write/, 'document.write'],
  [/\bDOMParser\b/, 'DOMParser'],
  [/createContextualFragment/, 'createContextualFragment'],
  [/setHTMLUnsafe|parseHTMLUnsafe/, 'setHTMLUnsafe'],
  [/\beval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/setAttribute\(\s*['"`](on\w+|style|srcdoc)['"`]/i, 'setAttribute(on*/style/srcdoc)'],
  [/\.srcdoc\b/, 'srcdoc'],
  [/set(Timeout|Interval)\(\s*['"`]/, 'string timer'],
];

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ts|js|html)$/.test(e.name)) yield p;
  }
}

test('no HTML or code sinks in the dashboard sources', () => {
  const found: string[] = [];
  const all = [...files(WEB_SRC), join(WEB_SRC, '..', 'index.html')];
  assert.ok(all.length > 5);
  for (const file of all) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [re, name] of SINKS) if (re.test(line)) found.push(`${file}:${i + 1}: ${name}`);
      });
  }
  assert.deepEqual(found, []);
});

test('index.html has no inline script or style, so the CSP needs neither', () => {
  const html = readFileSync(join(WEB_SRC, '..', 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    assert.match(m[1]!, /\bsrc=/, 'a script without src is inline');
    assert.equal(m[2]!.trim(), '');
  }
  assert.doesNotMatch(html, /<style\b|\sstyle=|\son\w+=/i);
});
