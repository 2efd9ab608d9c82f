import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { MAX_INPUT_BYTES, readInputs, SYNC_READ_BYTES, type InputItem } from './index.ts';
import { describeFsError } from './walk.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brink-input-'));
});
after(async () => {
  await chmod(join(dir, 'locked.txt'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

async function one(path: string, options: Parameters<typeof readInputs>[1] = {}): Promise<InputItem> {
  const items = await collect([path], options);
  assert.equal(items.length, 1, `expected one item for ${path}, got ${JSON.stringify(items)}`);
  return items[0]!;
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function okDoc(item: InputItem) {
  assert.ok(item.ok, `expected a document, got failure: ${item.ok ? '' : item.failure.error}`);
  return item.doc;
}

function failure(item: InputItem) {
  assert.ok(!item.ok, `expected a failure, got a document: ${item.ok ? item.doc.content.slice(0, 80) : ''}`);
  assert.ok(!item.failure.error.includes('\n'), 'errors are one line');
  return item.failure;
}

const FRENCH = 'Le Kremlin a déclaré « pas de bluff » — l’été dernier, à Genève.';

// [file name, bytes, expected text]: every encoding the input edge must recognise.
const ENCODINGS: [string, Uint8Array, string][] = [
  ['utf8.txt', Buffer.from(FRENCH, 'utf8'), FRENCH],
  ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]), FRENCH],
  ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]), FRENCH],
  ['utf16be-bom.txt', iconv.encode(FRENCH, 'utf-16be', { addBOM: true }), FRENCH],
  ['utf16le-nobom.txt', Buffer.from(FRENCH, 'utf16le'), FRENCH],
  ['utf16be-nobom.txt', iconv.encode(FRENCH, 'utf-16be'), FRENCH],
  ['cp1252.txt', iconv.encode(FRENCH, 'windows-1252'), FRENCH],
  ['russian-utf16le.txt', Buffer.from('Президент заявил, что ядерное оружие не будет применено.', 'utf16le'), 'Президент заявил, что ядерное оружие не будет применено.'],
];

for (const [name, bytes, expected] of ENCODINGS) {
  test(`decodes ${name}`, async () => {
    const doc = okDoc(await one(await file(name, bytes)));
    assert.equal(doc.content, expected);
    assert.equal(doc.format, 'text');
    assert.equal(doc.source, join(dir, name));
  });
}

test('honours <meta charset> of an HTML page whose bytes are not UTF-8', async () => {
  const page = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Москва заявила.</p></body></html>';
  const doc = okDoc(await one(await file('ru.html', iconv.encode(page, 'windows-1251'))));
  assert.equal(doc.format, 'html');
  assert.ok(doc.content.includes('Москва заявила.'), doc.content);
});

test('honours an http-equiv charset, and UTF-8 bytes win over a wrong declaration', async () => {
  const latin = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>€ Genève</body></html>';
  assert.ok(okDoc(await one(await file('latin9.htm', iconv.encode(latin, 'iso-8859-15')))).content.includes('€ Genève'));
  const lying = '<html><head><meta charset="iso-8859-1"></head><body>Genève</body></html>';
  assert.ok(okDoc(await one(await file('lying.html', Buffer.from(lying, 'utf8')))).content.includes('Genève'));
});

// [file name, content, expected format]: HTML by extension or by its first tag.
const FORMATS: [string, string, 'html' | 'text'][] = [
  ['page.html', '<p>Just a fragment.</p>', 'html'],
  ['page.HTM', '<div>Fragment</div>', 'html'],
  ['saved-page.txt', '<!DOCTYPE html>\n<html><body><p>Article.</p></body></html>', 'html'],
  ['noext', '\n  <html lang="en"><body>Article.</body></html>', 'html'],
  ['comment-first.dat', '<!-- saved from url -->\n<!doctype html><html><body>x</body></html>', 'html'],
  ['notes.txt', 'Plain text that mentions <html> tags much later in a sentence, ' + 'x'.repeat(2000) + ' <html>', 'text'],
  ['notes.md', '# Title\n\nSome text with a < sign.', 'text'],
  ['truncated.html', '<html><head><title>Cut</title></head><body><p>The page was cut off in the mid', 'html'],
];

for (const [name, content, format] of FORMATS) {
  test(`recognises ${name} as ${format}`, async () => {
    const doc = okDoc(await one(await file(name, content)));
    assert.equal(doc.format, format);
    assert.equal(doc.content, content);
  });
}

test('a .json file holds one record with metadata', async () => {
  const record = { text: 'Body text.', url: 'https://example.org/a', title: 'Headline', published: '2022-10-02', lang: 'fr', author: 'A. B.' };
  const doc = okDoc(await one(await file('one.json', JSON.stringify(record))));
  assert.equal(doc.content, 'Body text.');
  assert.equal(doc.format, 'text');
  assert.deepEqual(doc.meta, { url: 'https://example.org/a', title: 'Headline', published: '2022-10-02', lang: 'fr', author: 'A. B.' });
});

test('a .json array yields one document per record; a bad record is its own failure', async () => {
  const records = [{ html: '<p>Page</p>', source: 'https://t.me/chan/1' }, { title: 'no body' }, 42, { text: 'Second.' }];
  const items = await collect([await file('many.json', JSON.stringify(records, null, 2))]);
  assert.equal(items.length, 4);
  const first = okDoc(items[0]!);
  assert.equal(first.format, 'html');
  assert.equal(first.meta.url, 'https://t.me/chan/1');
  assert.match(failure(items[1]!).source, /many\.json\[1\]$/);
  assert.match(failure(items[1]!).error, /neither "text" nor "html"/);
  assert.match(failure(items[2]!).error, /record is a number/);
  assert.equal(okDoc(items[3]!).content, 'Second.');
});

test('an invalid .json file is one failure', async () => {
  const f = failure(await one(await file('broken.json', '{"text": "unterminated')));
  assert.match(f.error, /^invalid JSON/);
});

test('JSONL: one document per line named file:LINE, an invalid line fails alone', async () => {
  const lines = [
    JSON.stringify({ text: 'First record.', lang: 'en' }),
    '{"text": "broken',
    '',
    JSON.stringify({ html: '<html><body><p>Third</p></body></html>', url: 'https://example.org/3' }),
    JSON.stringify({ text: '' }),
  ];
  const path = await file('feed.jsonl', lines.join('\n') + '\n');
  const items = await collect([path]);
  assert.equal(items.length, 4);
  assert.equal(okDoc(items[0]!).source, `${path}:1`);
  assert.equal(okDoc(items[0]!).meta.lang, 'en');
  assert.equal(failure(items[1]!).source, `${path}:2`);
  assert.match(failure(items[1]!).error, /^invalid JSON/);
  assert.equal(okDoc(items[2]!).source, `${path}:4`);
  assert.equal(okDoc(items[2]!).format, 'html');
  assert.equal(failure(items[3]!).source, `${path}:5`);
  assert.equal(failure(items[3]!).error, 'empty');
});

test('JSONL: a line over the size limit fails alone without stopping the file', async () => {
  const big = JSON.stringify({ text: 'y'.repeat(5000) });
  const path = await file('big-line.ndjson', [JSON.stringify({ text: 'a' }), big, JSON.stringify({ text: 'c' })].join('\n'));
  const items = await collect([path], { maxBytes: 1000 });
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.content : i.failure.error.slice(0, 9))),
    ['a', 'too large', 'c'],
  );
  assert.equal(failure(items[1]!).source, `${path}:2`);
});

test('empty and blank files fail as "empty"', async () => {
  assert.equal(failure(await one(await file('empty.txt', ''))).error, 'empty');
  assert.equal(failure(await one(await file('blank.txt', ' \n\n\t \n'))).error, 'empty');
  assert.equal(failure(await one(await file('empty.jsonl', '\n\n'))).error, 'empty');
});

test('binary content is rejected: NUL bytes, or mostly control characters', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0x10, 0x00, 0x03]);
  assert.equal(failure(await one(await file('image.png', png))).error, 'binary content, not text');
  const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))));
  assert.equal(failure(await one(await file('controls.txt', controls))).error, 'binary content, not text');
  assert.equal(failure(await one(await file('archive.jsonl', Buffer.concat([png, Buffer.from('\n'), png])))).error, 'binary content, not text');
});

test('a document over the limit is rejected naming its size and the limit', async () => {
  const f = failure(await one(await file('big.txt', 'word '.repeat(1000)), { maxBytes: 1024 }));
  assert.equal(f.error, 'too large: 4.9 KB (5000 bytes), limit 1.0 KB (1024 bytes)');
});

test('a 50 MB file is rejected by the default 20 MB limit without being read', async () => {
  // A sparse file: 50 MB by size, no data written, so the test stays small on disk.
  const path = join(dir, 'huge.html');
  const handle = await open(path, 'w');
  await handle.truncate(50 * 1024 * 1024);
  await handle.close();
  assert.equal(MAX_INPUT_BYTES, 20 * 1024 * 1024);
  const f = failure(await one(path));
  assert.equal(f.error, 'too large: 50.0 MB (52428800 bytes), limit 20.0 MB (20971520 bytes)');
});

test('a file over the one-read size is streamed and reads the same as a small one', async () => {
  // Windows-1252 bytes (not UTF-8) so that decoding sees the whole file in both paths.
  const line = iconv.encode(`${FRENCH}\n`, 'windows-1252');
  const small = Buffer.concat(Array.from({ length: 3 }, () => line));
  const large = Buffer.concat(Array.from({ length: Math.ceil((SYNC_READ_BYTES + 1) / line.length) }, () => line));
  assert.ok(large.length > SYNC_READ_BYTES);
  const a = okDoc(await one(await file('small-1252.txt', small)));
  const b = okDoc(await one(await file('large-1252.txt', large)));
  assert.equal(a.content, `${FRENCH}\n`.repeat(3));
  assert.equal(b.content, `${FRENCH}\n`.repeat(large.length / line.length));
  const f = failure(await one(await file('large-limit.txt', large), { maxBytes: SYNC_READ_BYTES }));
  assert.equal(f.error, `too large: ${(large.length / 2 ** 20).toFixed(1)} MB (${large.length} bytes), limit 1.0 MB (${SYNC_READ_BYTES} bytes)`);
});

test('missing paths fail with a clear reason and the batch goes on', async () => {
  const good = await file('good.txt', 'Still read.');
  const items = await collect([join(dir, 'nope.txt'), good]);
  assert.equal(failure(items[0]!).error, 'no such file or directory');
  assert.equal(okDoc(items[1]!).content, 'Still read.');
});

test('an unreadable file fails as "permission denied"', async (t) => {
  const path = await file('locked.txt', 'secret');
  await chmod(path, 0o000);
  if (process.getuid?.() === 0) {
    t.skip('root reads any file; the mapping is checked below');
    return;
  }
  assert.equal(failure(await one(path)).error, 'permission denied');
});

test('file-system errors become one-line reasons', () => {
  const err = (code: string) => Object.assign(new Error(`${code}: long message\nwith a second line`), { code });
  assert.equal(describeFsError(err('EACCES')), 'permission denied');
  assert.equal(describeFsError(err('EPERM')), 'permission denied');
  assert.equal(describeFsError(err('ENOENT')), 'no such file or directory');
  assert.equal(describeFsError(err('ELOOP')), 'symlink loop');
  assert.equal(describeFsError(err('EIO')), 'EIO: long message');
});

test('directories are walked recursively, hidden entries skipped', async () => {
  const root = join(dir, 'tree');
  await mkdir(join(root, 'a', 'b'), { recursive: true });
  await mkdir(join(root, '.git'));
  await writeFile(join(root, 'one.txt'), 'One.');
  await writeFile(join(root, 'a', 'two.html'), '<p>Two.</p>');
  await writeFile(join(root, 'a', 'b', 'three.jsonl'), '{"text":"Three."}\n{"text":"Four."}\n');
  await writeFile(join(root, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main');
  const items = await collect([root]);
  const contents = items.map((i) => okDoc(i).content).sort();
  assert.deepEqual(contents, ['<p>Two.</p>', 'Four.', 'One.', 'Three.'].sort());
});

test('symlink loops are reported, not followed forever', async () => {
  const root = join(dir, 'loopy');
  await mkdir(join(root, 'sub'), { recursive: true });
  await writeFile(join(root, 'sub', 'article.txt'), 'Text.');
  await symlink(root, join(root, 'sub', 'back-to-root'));
  await symlink(join(root, 'self'), join(root, 'self'));
  await symlink(join(root, 'missing-target'), join(root, 'dangling'));
  const items = await collect([root]);
  const docs = items.filter((i) => i.ok);
  const failures = items.filter((i) => !i.ok).map((i) => failure(i));
  assert.equal(docs.length, 1);
  const bySource = new Map(failures.map((f) => [f.source, f.error]));
  assert.match(bySource.get(join(root, 'sub', 'back-to-root')) ?? '', /^symlink loop: leads back to /);
  assert.equal(bySource.get(join(root, 'self')), 'symlink loop');
  assert.equal(bySource.get(join(root, 'dangling')), 'broken symlink (target does not exist)');
});

test('"-" reads standard input from the stream given', async () => {
  const stdin = Readable.from([Buffer.from('Texte lu depuis '), Buffer.from('l’entrée standard.')]);
  const doc = okDoc(await one('-', { stdin }));
  assert.equal(doc.source, '<stdin>');
  assert.equal(doc.content, 'Texte lu depuis l’entrée standard.');
  assert.equal(doc.format, 'text');
});

test('standard input may carry JSON Lines, HTML, or be too large', async () => {
  const jsonl = Readable.from([JSON.stringify({ text: 'One.' }) + '\n', 'not json\n', JSON.stringify({ text: 'Three.' }) + '\n']);
  const items = await collect(['-'], { stdin: jsonl });
  assert.deepEqual(
    items.map((i) => (i.ok ? `${i.doc.source} ${i.doc.content}` : `${i.failure.source} ${i.failure.error.slice(0, 12)}`)),
    ['<stdin>:1 One.', '<stdin>:2 invalid JSON', '<stdin>:3 Three.'],
  );
  assert.equal(okDoc(await one('-', { stdin: Readable.from(['<!doctype html><p>x</p>']) })).format, 'html');
  const pretty = Readable.from([JSON.stringify({ text: 'Pretty.' }, null, 2)]);
  assert.equal(okDoc(await one('-', { stdin: pretty })).content, 'Pretty.');
  const big = Readable.from(Array.from({ length: 10 }, () => Buffer.alloc(1000, 0x61)));
  assert.equal(failure(await one('-', { stdin: big, maxBytes: 4096 })).error, 'too large: over 4.0 KB, limit 4.0 KB (4096 bytes)');
  assert.equal(failure(await one('-', { stdin: Readable.from([]) })).error, 'empty');
});

test('a text that merely starts with a bracket stays text', async () => {
  const doc = okDoc(await one(await file('bracket', '[Updated] Officials said on Monday.')));
  assert.equal(doc.format, 'text');
  assert.equal(doc.content, '[Updated] Officials said on Monday.');
});

test('a Telegram Desktop export is its posts: one text document each, named, dated and attributed to the channel', async () => {
  const fixture = new URL('./fixtures/telegram-result.json', import.meta.url).pathname;
  const items = await collect([fixture]);
  assert.ok(items.every((i) => i.ok), JSON.stringify(items.filter((i) => !i.ok)));
  const docs = items.map(okDoc);
  // 14 messages: service messages and a photo without caption are not documents.
  assert.equal(docs.length, 9);
  const first = docs[0]!;
  assert.equal(first.source, 'telegram:1113603034/30412');
  assert.equal(first.format, 'text');
  assert.equal(first.meta.published, '2024-11-19T14:20:11+03:00');
  assert.equal(first.meta.author, 'МИД России 🇷🇺');
  assert.match(first.meta.title ?? '', /^Комментарий официального представителя МИД России/);
  // A link keeps its words and loses its address.
  const briefing = docs.find((d) => d.source.endsWith('/30416'))!;
  assert.ok(briefing.content.includes('Читать полностью'));
  assert.ok(!briefing.content.includes('mid.ru/ru/press_service'));
});

test('an export with no post that has words, and a record whose text is a Telegram entity list', async () => {
  const empty = await file('empty-export.json', JSON.stringify({ name: 'X', type: 'public_channel', id: 1, messages: [{ id: 1, type: 'service', date: '2024-01-01T00:00:00', action: 'create_channel' }] }));
  assert.match(failure(await one(empty)).error, /Telegram export without a single post with text/);
  const record = await file('record.json', JSON.stringify({ text: ['Песков: ', { type: 'bold', text: 'ответ будет' }, ' адекватным.'], published: '2024-11-21' }));
  const doc = okDoc(await one(record));
  assert.equal(doc.content, 'Песков: ответ будет адекватным.');
  assert.equal(doc.meta.published, '2024-11-21');
});
