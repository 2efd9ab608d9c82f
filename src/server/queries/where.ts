/**
 * A SQLite WHERE clause built filter by filter: each condition goes in with
 * the values its `?` placeholders bind, in order, so values are only ever
 * bound, never spliced into the SQL text (`postgres/params.ts` does the same
 * with `$n`). List filters use `IN (SELECT value FROM json_each(?))`, so the
 * SQL text depends only on which filters are present, never on their values,
 * and each shape is prepared once.
 */
export class Where {
  private readonly clauses: string[] = [];
  private readonly values: unknown[] = [];

  /** A condition with the values of its placeholders, in order. */
  and(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.values.push(...values);
    return this;
  }

  /** A condition on one value, added only when the filter is given (`undefined`: no filter). */
  given(clause: string, value: unknown): this {
    return value === undefined ? this : this.and(clause, value);
  }

  /** `column` is one of `values`; no values (or none given) is no filter. */
  oneOf(column: string, values: readonly unknown[] | undefined): this {
    if (values === undefined || values.length === 0) return this;
    return this.and(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
  }

  /** A copy to extend for one variant of a query (a keyset phase), the shared filters kept. */
  fork(): Where {
    const w = new Where();
    w.clauses.push(...this.clauses);
    w.values.push(...this.values);
    return w;
  }

  /** `WHERE a AND b …`, or nothing when there is no condition. */
  get sql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }

  /** The values to bind, in placeholder order. */
  get params(): unknown[] {
    return [...this.values];
  }
}
