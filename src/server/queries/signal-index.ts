/**
 * A compact in-memory copy of what the time views (escalation index,
 * indicators board, actor activity) need from every signal: one row of small
 * numbers per signal, about 40 bytes, 12 MB for 300,000 signals.
 *
 * Why: those views aggregate over every signal of a period, and on a large
 * store SQLite must then visit each row and join its actor and document
 * (seconds at 300k signals); over typed arrays the same pass takes
 * milliseconds. The copy stays exact because the store only ever appends
 * signals and never changes the fields kept here (a merge from another
 * outlet only bumps `sources`): `refresh()` loads the rows with a larger id
 * than the last one it saw, and runs when `PRAGMA data_version` says another
 * connection committed.
 *
 * Acts: signals of the same type by the same actor on the same exact day
 * reported in different clusters are one act (README, "The escalation index"). Each row knows
 * its act's representative row; the representative carries the act's
 * highest severity. Views count representatives.
 */
import { SIGNAL_TYPES, type ActorKind, type SignalType } from '../../document/index.ts';
import { dayToMs } from '../days.ts';
import { stmt, type Db } from './db.ts';
import { FILING_DAY } from './signals.ts';

const DAY_MS = 86_400_000;
export const NO_DAY = -1;
export const KINDS: readonly ActorKind[] = ['official', 'expert', 'media', 'intl_org'];
const TYPE_INDEX = new Map<string, number>(SIGNAL_TYPES.map((t, i) => [t, i]));
const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));

/** Day number (days since 1970-01-01) of an ISO day, or NO_DAY. */
export function dayNumber(day: string | null): number {
  return day === null ? NO_DAY : Math.round(dayToMs(day) / DAY_MS);
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Growable typed column. */
class Column<T extends Int32Array | Uint8Array | Int16Array> {
  data: T;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  ensure(n: number): void {
    if (n <= this.data.length) return;
    const next = this.make(Math.max(n, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export interface SignalIndex {
  /** Rows loaded. */
  readonly size: number;
  /** Signal id (rowid) of row i. */
  readonly id: Int32Array;
  readonly actor: Int32Array;
  /** Index into KINDS. */
  readonly kind: Uint8Array;
  /** Index into `countries`, or -1 for none. */
  readonly country: Int16Array;
  /** Index into SIGNAL_TYPES. */
  readonly type: Uint8Array;
  readonly severity: Uint8Array;
  /** First and last day of the signal's date period, NO_DAY when undated. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** The day the escalation index files it under (FILING_DAY), NO_DAY when undated. */
  readonly filing: Int32Array;
  /** Row of the act's representative (itself when it represents its act). */
  readonly rep: Int32Array;
  /** On representatives: the act's highest severity. */
  readonly actSeverity: Uint8Array;
  readonly countries: readonly string[];
  countryIndex(code: string): number;
  typeOf(row: number): SignalType;
  kindOf(row: number): ActorKind;
}

/**
 * One signal as the index loads it (a raw row, in this column order): both
 * backends select `SIGNAL_INDEX_COLUMNS` from `SIGNAL_INDEX_FROM`.
 */
export interface SignalIndexRow {
  0: number; // id
  1: number; // actor_id
  2: string; // kind
  3: string | null; // country
  4: string; // type
  5: number; // severity
  6: string | null; // date_precision
  7: string | null; // date_start
  8: string | null; // date_end
  9: string | null; // filing day
}

/** The columns the index loads, in SignalIndexRow's order; FROM SIGNAL_INDEX_FROM. */
export const SIGNAL_INDEX_COLUMNS = `s.id, s.actor_id, a.kind, a.country, s.type, s.severity, s.date_precision, s.date_start, s.date_end, ${FILING_DAY}`;
export const SIGNAL_INDEX_FROM = 'signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id';

/**
 * The index's data, filled row by row by a backend's loader (this module's
 * for SQLite, queries/postgres/signal-index.ts for PostgreSQL).
 */
export class SignalIndexData implements SignalIndex {
  size = 0;
  /** Largest signal id added. */
  lastId = 0;
  private readonly cols = {
    id: new Column((n) => new Int32Array(n)),
    actor: new Column((n) => new Int32Array(n)),
    kind: new Column((n) => new Uint8Array(n)),
    country: new Column((n) => new Int16Array(n)),
    type: new Column((n) => new Uint8Array(n)),
    severity: new Column((n) => new Uint8Array(n)),
    start: new Column((n) => new Int32Array(n)),
    end: new Column((n) => new Int32Array(n)),
    filing: new Column((n) => new Int32Array(n)),
    rep: new Column((n) => new Int32Array(n)),
    actSeverity: new Column((n) => new Uint8Array(n)),
  };
  readonly countries: string[] = [];
  private readonly countryIds = new Map<string, number>();
  /** Day-precise acts by "type|actor|day" → representative row. */
  private readonly acts = new Map<string, number>();

  get id() { return this.cols.id.data; }
  get actor() { return this.cols.actor.data; }
  get kind() { return this.cols.kind.data; }
  get country() { return this.cols.country.data; }
  get type() { return this.cols.type.data; }
  get severity() { return this.cols.severity.data; }
  get start() { return this.cols.start.data; }
  get end() { return this.cols.end.data; }
  get filing() { return this.cols.filing.data; }
  get rep() { return this.cols.rep.data; }
  get actSeverity() { return this.cols.actSeverity.data; }

  countryIndex(code: string): number {
    return this.countryIds.get(code) ?? -1;
  }
  typeOf(row: number): SignalType {
    return SIGNAL_TYPES[this.type[row]!]!;
  }
  kindOf(row: number): ActorKind {
    return KINDS[this.kind[row]!]!;
  }

  /**
   * Adds one signal. Rows come in id order, except that a backend with
   * several writers may add a late-committed smaller id afterwards; the act's
   * representative is then the first row added, which changes no count.
   */
  add(r: SignalIndexRow): void {
    const c = this.cols;
    const i = this.size;
    if (i >= c.id.data.length) for (const col of Object.values(c)) col.ensure(i + 1);
    c.id.data[i] = r[0];
    c.actor.data[i] = r[1];
    c.kind.data[i] = KIND_INDEX.get(r[2]) ?? 0;
    let country = -1;
    if (r[3] !== null) {
      country = this.countryIds.get(r[3]) ?? -1;
      if (country === -1) {
        country = this.countries.length;
        this.countries.push(r[3]);
        this.countryIds.set(r[3], country);
      }
    }
    c.country.data[i] = country;
    const type = TYPE_INDEX.get(r[4]) ?? 0;
    c.type.data[i] = type;
    c.severity.data[i] = r[5];
    c.start.data[i] = dayNumber(r[7]);
    c.end.data[i] = dayNumber(r[8]);
    const filing = dayNumber(r[9]);
    c.filing.data[i] = filing;
    let rep = i;
    if (r[6] === 'day') {
      const key = `${type}|${r[1]}|${filing}`;
      const known = this.acts.get(key);
      if (known === undefined) this.acts.set(key, i);
      else rep = known;
    }
    c.rep.data[i] = rep;
    c.actSeverity.data[i] = r[5];
    if (rep !== i && r[5] > c.actSeverity.data[rep]!) c.actSeverity.data[rep] = r[5];
    this.size++;
    if (r[0] > this.lastId) this.lastId = r[0];
  }
}

/** SQLite: the index of one connection, refreshed when `PRAGMA data_version` says another connection committed. */
class SqliteIndex extends SignalIndexData {
  private version = -1;
  constructor(private readonly db: Db) {
    super();
  }

  /** Loads the signals stored since the last call, if any connection committed since. */
  refresh(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version === this.version) return;
    this.version = version;
    const rows = stmt(this.db, `SELECT ${SIGNAL_INDEX_COLUMNS} FROM ${SIGNAL_INDEX_FROM} WHERE s.id > ? ORDER BY s.id`)
      .raw()
      .iterate(this.lastId) as IterableIterator<SignalIndexRow>;
    for (const r of rows) this.add(r);
  }
}

const indexes = new WeakMap<Db, SqliteIndex>();

/** The index for this connection, brought up to date. */
export function signalIndex(db: Db): SignalIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new SqliteIndex(db);
    indexes.set(db, index);
  }
  index.refresh();
  return index;
}
