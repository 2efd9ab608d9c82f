import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR } from '../../lexicon/index.ts';
import { buildActorsModel } from './index.ts';
import { GazetteerError, loadGazetteer } from './gazetteer.ts';

const gazetteer = loadGazetteer(DEFAULT_DATA_DIR);

test('the shipped gazetteer loads and covers the actors that matter', () => {
  assert.ok(gazetteer.people.length >= 400, `${gazetteer.people.length} people`);
  assert.ok(gazetteer.states.length >= 40);
  assert.ok(gazetteer.organisations.length >= 80);
  const byName = new Map(gazetteer.people.map((p) => [p.actor.name, p]));
  for (const name of ['Vladimir Putin', 'Dmitry Peskov', 'Maria Zakharova', 'Kyrylo Budanov', 'Xi Jinping', 'Kim Jong Un', 'Rafael Grossi', 'Daryl Kimball', 'Matthew Kroenig']) {
    assert.ok(byName.has(name), name);
  }
  assert.deepEqual(byName.get('Sergei Shoigu')?.actor, { name: 'Sergei Shoigu', country: 'RU', kind: 'official' });
  assert.equal(byName.get('James M. Acton')?.actor.country, null);
  // Family name first: no wrong one-word forms.
  assert.ok(!byName.get('Kim Jong Un')?.surnames.includes('Un'));
  assert.ok(byName.get('Xi Jinping')?.surnames.includes('Xi'));
});

test('channel handles name their owners, whatever the case they are written in', () => {
  assert.equal(gazetteer.handles.get('medvedev_telegram')?.name, 'Dmitry Medvedev');
  assert.equal(gazetteer.handles.get('mariavladimirovnazakharova')?.name, 'Maria Zakharova');
  assert.equal(gazetteer.handles.get('mid_russia')?.name, 'Russia');
  assert.equal(gazetteer.handles.get('MID_Russia'), undefined);
});

test('every role the gazetteer uses has holders whose spans do not end before they start', () => {
  for (const p of gazetteer.people) {
    for (const r of p.roles) assert.ok(r.to === null || r.from === null || r.from <= r.to, `${p.actor.name} ${r.role}`);
  }
  // One holder at a time for the offices the actors stage resolves by date.
  const model = buildActorsModel();
  for (const [role, code, date, name] of [
    ['presidential_spokesperson', 'RU', '2023-03-01', 'Dmitry Peskov'],
    ['defence_minister', 'RU', '2024-06-01', 'Andrey Belousov'],
    ['foreign_minister', 'UA', '2024-10-01', 'Andrii Sybiha'],
    ['secretary_general', 'NATO', '2024-12-01', 'Mark Rutte'],
    ['national_security_adviser', 'US', '2022-09-01', 'Jake Sullivan'],
  ] as const) {
    const holders = (model.holders.get(role) ?? []).filter(
      (h) => h.span.of === code && (h.span.from ?? '') <= date && (h.span.to === null || date < h.span.to),
    );
    assert.deepEqual(holders.map((h) => gazetteer.people[h.person]?.actor.name), [name], `${role}@${code} ${date}`);
  }
});

/** A copy of the real data directory where one file is replaced. */
function dataWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brink-gaz-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

const HEADER = '# test file\n';

// [file, content, substrings the error must contain]
const BAD: [string, string, string[]][] = [
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: XX, kind: official}\n`, ['data/gazetteer/people.yaml:2', "'country'"]],
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: RU, kind: boss}\n`, ['people.yaml:2', 'unknown kind "boss"']],
  ['gazetteer/people.yaml', `${HEADER}- name: A B\n  country: RU\n  kind: official\n  roles: [tsar@RU 2000..]\n`, ['people.yaml:5', 'unknown role "tsar"']],
  ['gazetteer/people.yaml', `${HEADER}- name: A B\n  country: RU\n  kind: official\n  roles: [president@RU 2020..2010]\n`, ['people.yaml:5', 'ends before it starts']],
  ['gazetteer/people.yaml', `${HEADER}- name: A B\n  country: RU\n  kind: official\n  nickname: X\n`, ['people.yaml:5', "unknown field 'nickname'"]],
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: RU, kind: official}\n- {name: A B, country: RU, kind: official}\n`, ['people.yaml:3', 'already an entry']],
  ['gazetteer/people.yaml', `- {name: A B, country: RU, kind: official}\n`, ['people.yaml:1', 'header']],
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: RU\n`, ['people.yaml:']],
  ['gazetteer/states.yaml', `${HEADER}- {name: Russia, code: rus}\n`, ['states.yaml:2', 'alpha-2']],
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: RU, kind: official, handles: ['@ab']}\n`, ['people.yaml:2', 'is not a handle']],
  ['gazetteer/people.yaml', `${HEADER}- {name: A B, country: RU, kind: official, handles: [ab_channel]}\n- {name: C D, country: RU, kind: official, handles: [AB_Channel]}\n`, ['people.yaml:3', 'handle "ab_channel" is also A B']],
  ['fr/roles.txt', `${HEADER}tsar | RU | tsar de russie\n`, ['data/fr/roles.txt:2', 'unknown role "tsar"']],
  ['fr/roles.txt', `${HEADER}president | ZZ | président\n`, ['data/fr/roles.txt:2', 'unknown state code "ZZ"']],
  ['fr/roles.txt', `${HEADER}president | - | président {pays}\n`, ['data/fr/roles.txt:2', 'unknown slot']],
  ['fr/institutions.txt', `${HEADER}- | ministère des affaires étrangères\n`, ['data/fr/institutions.txt:2', 'needs a slot']],
  ['fr/pronouns.txt', `${HEADER}il | x\n`, ['data/fr/pronouns.txt:2', 'gender']],
];

test('malformed gazetteer and phrase files are reported with file and line', () => {
  for (const [file, content, parts] of BAD) {
    const dir = dataWith(file, content);
    assert.throws(
      () => buildActorsModel(dir),
      (e: unknown) => e instanceof Error && parts.every((p) => e.message.includes(p)),
      `${file}: ${content}`,
    );
  }
});

test('gazetteer errors are configuration errors raised before any document', () => {
  const dir = dataWith('gazetteer/organisations.yaml', `${HEADER}- {name: X, kind: think_tank}\n`);
  assert.throws(() => loadGazetteer(dir), GazetteerError);
  assert.ok(readFileSync(join(DEFAULT_DATA_DIR, 'gazetteer', 'people.yaml'), 'utf8').startsWith('#'));
});
