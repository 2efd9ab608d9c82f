/**
 * The gazetteer: people, states and organisations that matter to nuclear
 * signalling, read from `data/gazetteer/*.yaml` and validated when the
 * pipeline is built. Every problem is reported with file and line, all at
 * once, as a `GazetteerError` (a `ConfigError`).
 *
 * Files (see their headers and data/README.md):
 * - `roles.txt`: the role vocabulary (`foreign_minister`, `presidential_spokesperson`…);
 * - `people.yaml`: one person per item: canonical English Wikipedia name,
 *   country, kind, gender, aliases per language, roles with date ranges;
 * - `states.yaml`: states with names, capitals and metonyms per language, and
 *   the adjectives that make "les responsables américains" a state mention;
 * - `organisations.yaml`: international bodies, think tanks, media.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { ActorKind, ActorRef } from '../../document/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { readLexicon } from '../../lexicon/index.ts';

export class GazetteerError extends ConfigError {}

/** Languages whose aliases the gazetteer lists. */
export const GAZETTEER_LANGS = ['en', 'fr', 'ru', 'uk', 'de'] as const;
export type GazetteerLang = (typeof GAZETTEER_LANGS)[number];

export const ACTOR_KINDS: readonly ActorKind[] = ['official', 'expert', 'media', 'intl_org'];

/** Where an entry was written, for messages. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

export interface RoleSpan {
  readonly role: string;
  /** State or organisation code the role belongs to. */
  readonly of: string;
  /** `YYYY[-MM[-DD]]`, or null for "since before 2014 / unknown". */
  readonly from: string | null;
  /** `YYYY[-MM[-DD]]`, or null for "still in office". */
  readonly to: string | null;
}

export interface Person extends Origin {
  readonly actor: ActorRef;
  readonly gender: 'm' | 'f' | null;
  /** The surname alone identifies this person anywhere (data/README.md). */
  readonly famous: boolean;
  /** Full names and multi-word aliases, every language. */
  readonly names: readonly string[];
  /** One-word forms: surnames (derived or listed) and one-word aliases. */
  readonly surnames: readonly string[];
  readonly roles: readonly RoleSpan[];
  /** Channel and account handles (lower case, no "@"). */
  readonly handles: readonly string[];
}

export interface State extends Origin {
  readonly actor: ActorRef;
  readonly code: string;
  /** Names, capitals and metonyms, every language. */
  readonly names: readonly string[];
  /** Adjectives per language, as written (Russian ones are declined when compiled). */
  readonly adjectives: Readonly<Partial<Record<GazetteerLang, readonly string[]>>>;
  readonly handles: readonly string[];
}

export interface Organisation extends Origin {
  readonly actor: ActorRef;
  readonly names: readonly string[];
  readonly handles: readonly string[];
}

export interface Gazetteer {
  readonly roles: ReadonlyMap<string, string>;
  /**
   * Family role key → the role keys it stands for: a noun used to refer back
   * to someone already named ("сказал дипломат", "the minister added") names
   * a holder of any of them.
   */
  readonly families: ReadonlyMap<string, readonly string[]>;
  readonly people: readonly Person[];
  readonly states: readonly State[];
  readonly organisations: readonly Organisation[];
  /**
   * Public channel and account handles (`handles:` of an item, without "@",
   * lower case) → whose they are: "@medvedev_telegram" under a post says
   * whose channel it is.
   */
  readonly handles: ReadonlyMap<string, ActorRef>;
}

/** A Telegram or X handle as written after "@": letters, digits, underscores. */
const HANDLE = /^[A-Za-z][A-Za-z0-9_]{2,31}$/;

function handlesOf(item: Item, errors: string[]): string[] {
  if (field(item, 'handles') === undefined) return [];
  const out: string[] = [];
  for (const h of stringList(item, 'handles', errors)) {
    if (HANDLE.test(h)) out.push(h.toLowerCase());
    else errors.push(`${item.file}:${item.lineOf('handles')}: "${h}" is not a handle (letters, digits, _; no "@")`);
  }
  return out;
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** `role@CODE FROM..TO`, each date optional: `president@RU 2012-05-07..` */
const ROLE = /^([a-z_]+)@([A-Z]{2,5})(?:\s+(\S*)\.\.(\S*))?$/;

/**
 * Gazetteers by data directory: the actors, signals and relevance stages of one pipeline all read
 * it, and each parse of its YAML costs about a fifth of a second of start-up.
 */
const GAZETTEERS = new Map<string, Gazetteer>();

/** The gazetteer of a data directory, read and checked once per process (a GazetteerError when it is bad). */
export function loadGazetteer(dataDir: string): Gazetteer {
  let gazetteer = GAZETTEERS.get(dataDir);
  if (!gazetteer) {
    gazetteer = readGazetteer(dataDir);
    GAZETTEERS.set(dataDir, gazetteer);
  }
  return gazetteer;
}

function readGazetteer(dataDir: string): Gazetteer {
  const roles = new Map<string, string>();
  const families = new Map<string, readonly string[]>();
  const familyErrors: string[] = [];
  for (const e of readLexicon(dataDir, 'gazetteer', {
    kind: 'roles',
    minFields: 2,
    maxFields: 3,
    check: ([key]) => (/^[a-z_]+$/.test(key ?? '') ? null : `a role key is lower case with underscores: "${key}"`),
  })) {
    roles.set(e.fields[0] as string, e.fields[1] as string);
    const members = (e.fields[2] ?? '').split(/\s+/).filter((x) => x.length > 0);
    if (members.length > 0) families.set(e.fields[0] as string, members);
  }
  for (const [family, members] of families) {
    for (const m of members) if (!roles.has(m) || families.has(m)) familyErrors.push(`roles.txt: family "${family}" lists "${m}", which is not a plain role key`);
  }
  const errors: string[] = [...familyErrors];
  const states = readItems(dataDir, 'states.yaml', errors).map((item) => toState(item, errors)).filter(isDefined);
  const organisations = readItems(dataDir, 'organisations.yaml', errors)
    .map((item) => toOrganisation(item, errors))
    .filter(isDefined);
  const codes = new Set<string>([...states.map((s) => s.code), ...organisations.flatMap((o) => (o.actor.country ? [o.actor.country] : []))]);
  const people = readItems(dataDir, 'people.yaml', errors)
    .map((item) => toPerson(item, roles, codes, errors))
    .filter(isDefined);
  checkUnique(people, states, organisations, errors);
  const handles = new Map<string, ActorRef>();
  for (const item of [...people, ...states, ...organisations]) {
    for (const h of item.handles) {
      const other = handles.get(h);
      if (other && other.name !== item.actor.name) errors.push(`${item.file}:${item.line}: handle "${h}" is also ${other.name}'s`);
      handles.set(h, item.actor);
    }
  }
  if (errors.length > 0) throw new GazetteerError(errors.join('\n'));
  return { roles, families, people, states, organisations, handles };
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}

/** One YAML list item: its plain value, its node (for field lines) and where it starts. */
interface Item {
  readonly file: string;
  readonly line: number;
  readonly node: YAMLMap;
  readonly lineOf: (key: string) => number;
}

function readItems(dataDir: string, name: string, errors: string[]): Item[] {
  const file = `data/gazetteer/${name}`;
  const path = join(dataDir, 'gazetteer', name);
  if (!existsSync(path)) {
    errors.push(`${file}: missing file`);
    return [];
  }
  const text = readFileSync(path, 'utf8');
  if (!/^\s*#/u.test(text)) errors.push(`${file}:1: the file must start with a # header comment saying what belongs in it`);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(`${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    return [];
  }
  const lineAt = (node: YamlNode | null | undefined, fallback: number): number =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  if (!isSeq(doc.contents)) {
    errors.push(`${file}:1: the file must be a YAML list of entries`);
    return [];
  }
  const items: Item[] = [];
  for (const node of doc.contents.items) {
    const line = lineAt(node, 1);
    if (!isMap(node)) {
      errors.push(`${file}:${line}: an entry must be a mapping ({name: …, …})`);
      continue;
    }
    items.push({
      file,
      line,
      node,
      lineOf: (key) => lineAt(node.get(key, true), line),
    });
  }
  return items;
}

function field(item: Item, key: string): unknown {
  const v = item.node.get(key, true);
  if (v === undefined) return undefined;
  if (isScalar(v)) return v.value;
  return (v as YamlNode).toJSON();
}

function stringList(item: Item, key: string, errors: string[]): string[] {
  const v = field(item, key);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s.trim() !== '')) {
    errors.push(`${item.file}:${item.lineOf(key)}: '${key}' must be a list of non-empty strings`);
    return [];
  }
  return v.map((s: string) => s.trim());
}

function requireString(item: Item, key: string, errors: string[]): string | undefined {
  const v = field(item, key);
  if (typeof v !== 'string' || v.trim() === '') {
    errors.push(`${item.file}:${item.lineOf(key)}: '${key}' is required and must be a non-empty string`);
    return undefined;
  }
  return v.trim();
}

function checkKeys(item: Item, allowed: readonly string[], errors: string[]): void {
  for (const pair of item.node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!allowed.includes(key)) {
      errors.push(`${item.file}:${item.lineOf(key)}: unknown field '${key}' (expected: ${allowed.join(', ')})`);
    }
  }
}

function aliasesOf(item: Item, errors: string[]): string[] {
  return GAZETTEER_LANGS.flatMap((lang) => stringList(item, lang, errors));
}

const STATE_FIELDS = ['name', 'code', 'handles', ...GAZETTEER_LANGS, 'adjectives'];

function toState(item: Item, errors: string[]): State | undefined {
  checkKeys(item, STATE_FIELDS, errors);
  const name = requireString(item, 'name', errors);
  const code = requireString(item, 'code', errors);
  if (code !== undefined && !/^[A-Z]{2}$/.test(code)) {
    errors.push(`${item.file}:${item.lineOf('code')}: a state code is ISO 3166-1 alpha-2 (two capitals): "${code}"`);
  }
  const adjectives: Partial<Record<GazetteerLang, string[]>> = {};
  const adj = field(item, 'adjectives');
  if (adj !== undefined) {
    if (typeof adj !== 'object' || adj === null || Array.isArray(adj)) {
      errors.push(`${item.file}:${item.lineOf('adjectives')}: 'adjectives' maps a language to a list ({en: [Russian], fr: [russe, russes]})`);
    } else {
      for (const [lang, list] of Object.entries(adj)) {
        if (!(GAZETTEER_LANGS as readonly string[]).includes(lang)) {
          errors.push(`${item.file}:${item.lineOf('adjectives')}: unknown language '${lang}' in adjectives`);
        } else if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
          errors.push(`${item.file}:${item.lineOf('adjectives')}: adjectives.${lang} must be a list of words`);
        } else {
          adjectives[lang as GazetteerLang] = list as string[];
        }
      }
    }
  }
  if (name === undefined || code === undefined) return undefined;
  return {
    file: item.file,
    line: item.line,
    actor: { name, country: code, kind: 'official' },
    code,
    names: [name, ...aliasesOf(item, errors)],
    adjectives,
    handles: handlesOf(item, errors),
  };
}

const ORG_FIELDS = ['name', 'code', 'kind', 'handles', ...GAZETTEER_LANGS];

function toOrganisation(item: Item, errors: string[]): Organisation | undefined {
  checkKeys(item, ORG_FIELDS, errors);
  const name = requireString(item, 'name', errors);
  const kind = requireString(item, 'kind', errors);
  const code = field(item, 'code');
  if (kind !== undefined && !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    errors.push(`${item.file}:${item.lineOf('kind')}: unknown kind "${kind}" (expected ${ACTOR_KINDS.join(', ')})`);
    return undefined;
  }
  if (code !== undefined && code !== null && (typeof code !== 'string' || !/^[A-Z0-9]{2,6}$/.test(code))) {
    errors.push(`${item.file}:${item.lineOf('code')}: 'code' is an organisation code in capitals (NATO, UN, IAEA) or null`);
    return undefined;
  }
  if (name === undefined || kind === undefined) return undefined;
  return {
    file: item.file,
    line: item.line,
    actor: { name, country: typeof code === 'string' ? code : null, kind: kind as ActorKind },
    names: [name, ...aliasesOf(item, errors)],
    handles: handlesOf(item, errors),
  };
}

/** Generational suffixes written after a name ("Jr.", "Sr.", "III"): not a family name. */
const GENERATION_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

const PERSON_FIELDS = ['name', 'country', 'kind', 'gender', 'famous', 'surnames', 'roles', 'handles', ...GAZETTEER_LANGS];

function toPerson(item: Item, roleKeys: ReadonlyMap<string, string>, codes: ReadonlySet<string>, errors: string[]): Person | undefined {
  checkKeys(item, PERSON_FIELDS, errors);
  const name = requireString(item, 'name', errors);
  const kind = requireString(item, 'kind', errors);
  const country = field(item, 'country');
  const gender = field(item, 'gender');
  const famous = field(item, 'famous');
  let ok = name !== undefined && kind !== undefined;
  if (kind !== undefined && !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    errors.push(`${item.file}:${item.lineOf('kind')}: unknown kind "${kind}" (expected ${ACTOR_KINDS.join(', ')})`);
    ok = false;
  }
  if (country !== null && (typeof country !== 'string' || !codes.has(country))) {
    errors.push(
      `${item.file}:${item.lineOf('country')}: 'country' must be a code of states.yaml or organisations.yaml, or null (got ${JSON.stringify(country)})`,
    );
    ok = false;
  }
  if (gender !== undefined && gender !== 'm' && gender !== 'f') {
    errors.push(`${item.file}:${item.lineOf('gender')}: 'gender' is m or f`);
    ok = false;
  }
  if (famous !== undefined && typeof famous !== 'boolean') {
    errors.push(`${item.file}:${item.lineOf('famous')}: 'famous' is true or false`);
    ok = false;
  }
  const roles: RoleSpan[] = [];
  for (const text of stringList(item, 'roles', errors)) {
    const role = parseRole(text, roleKeys, codes);
    if (typeof role === 'string') errors.push(`${item.file}:${item.lineOf('roles')}: ${role}`);
    else roles.push(role);
  }
  const aliases = aliasesOf(item, errors);
  const listed = field(item, 'surnames') === undefined ? null : stringList(item, 'surnames', errors);
  const handles = handlesOf(item, errors);
  if (!ok || name === undefined || kind === undefined) return undefined;
  const all = [name, ...aliases];
  const multi = all.filter((a) => /\s/u.test(a));
  const single = all.filter((a) => !/\s/u.test(a));
  // Family name last for most names; people whose family name comes first (Kim Jong Un, Xi Jinping) list theirs.
  // A generational suffix ends the name but is no family name ("Charles Q. Brown Jr." is Brown).
  const derived = multi
    .map((a) => a.split(/\s+/u).filter((w, i, words) => i === 0 || i < words.length - 1 || !GENERATION_SUFFIX.test(w)).pop() as string)
    .filter((w) => !/^\p{Lu}\.$/u.test(w));
  const surnames = [...new Set([...(listed ?? derived), ...single])];
  return {
    file: item.file,
    line: item.line,
    actor: { name, country: (country as string | null) ?? null, kind: kind as ActorKind },
    gender: (gender as 'm' | 'f' | undefined) ?? null,
    famous: famous === true,
    names: [...new Set(multi)],
    surnames,
    roles,
    handles,
  };
}

function parseRole(text: string, roleKeys: ReadonlyMap<string, string>, codes: ReadonlySet<string>): RoleSpan | string {
  const m = ROLE.exec(text);
  if (!m) return `role "${text}" is not "role@CODE FROM..TO" (dates YYYY[-MM[-DD]], either may be empty)`;
  const role = m[1] ?? '';
  const of = m[2] ?? '';
  const from = m[3];
  const to = m[4];
  if (!roleKeys.has(role)) return `unknown role "${role}" in "${text}" (add it to data/gazetteer/roles.txt)`;
  if (!codes.has(of)) return `unknown state or organisation code "${of}" in "${text}"`;
  for (const d of [from, to]) if (d && !DATE.test(d)) return `bad date "${d}" in "${text}" (YYYY, YYYY-MM or YYYY-MM-DD)`;
  if (from && to && to < from) return `role "${text}" ends before it starts`;
  return { role, of, from: from || null, to: to || null };
}

/** Two entries with the same canonical name, or one multi-word alias given to two people, are mistakes. */
function checkUnique(people: readonly Person[], states: readonly State[], orgs: readonly Organisation[], errors: string[]): void {
  const names = new Map<string, Origin>();
  for (const e of [...people, ...states, ...orgs]) {
    const key = e.actor.name.toLowerCase();
    const earlier = names.get(key);
    if (earlier) errors.push(`${e.file}:${e.line}: "${e.actor.name}" is already an entry at ${earlier.file}:${earlier.line}`);
    else names.set(key, e);
  }
  const aliases = new Map<string, Person>();
  for (const p of people) {
    for (const n of p.names) {
      const key = n.toLowerCase();
      const other = aliases.get(key);
      if (other && other !== p) errors.push(`${p.file}:${p.line}: alias "${n}" is also given to ${other.actor.name} (${other.file}:${other.line})`);
      else aliases.set(key, p);
    }
  }
}
