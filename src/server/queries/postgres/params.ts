/**
 * Positional parameters for SQL built clause by clause: `add(value)` returns
 * the `$n` to write in the clause, so values are only ever bound, never
 * spliced into the SQL text.
 */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A copy to extend for one variant of a query (the base filters shared). */
  fork(): Params {
    const p = new Params();
    p.values.push(...this.values);
    return p;
  }
}
