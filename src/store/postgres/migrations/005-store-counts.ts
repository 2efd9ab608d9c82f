import type { Migration } from '../../migration.ts';

/** The tables whose row counts the API's stats report. */
const COUNTED = ['documents', 'clusters', 'signals', 'quotes', 'actors'] as const;

/**
 * Row counts kept as rows are written, for the API's stats: PostgreSQL
 * keeps no row count (under MVCC each snapshot sees its own), and counting
 * a million rows took 70-85 ms per table at 1M documents, ~140 ms for the
 * endpoint even with the counts run at once.
 *
 * A statement-level trigger per table and event adds the statement's rows
 * (from its transition table) to `store_counts`, in the same transaction,
 * so a snapshot sees counts that match its rows. The counts are split in
 * 16 shards by backend, summed when read: concurrent saves from several
 * workers then update different rows, instead of each waiting for the
 * others' commits on one row per table. Rows are never updated in a way
 * that changes a count (UPDATE is not counted); TRUNCATE is not counted
 * (the store never truncates).
 */
export const storeCounts: Migration = {
  version: 5,
  name: 'store-counts',
  up: `
CREATE TABLE store_counts (
  name   text NOT NULL,
  shard  integer NOT NULL,
  n      bigint NOT NULL,
  PRIMARY KEY (name, shard)
);

CREATE FUNCTION brink_count_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  delta bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT count(*) INTO delta FROM new_rows;
  ELSE
    SELECT -count(*) INTO delta FROM old_rows;
  END IF;
  IF delta <> 0 THEN
    INSERT INTO store_counts (name, shard, n) VALUES (TG_TABLE_NAME, pg_backend_pid() % 16, delta)
    ON CONFLICT (name, shard) DO UPDATE SET n = store_counts.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

${COUNTED.map(
  (t) => `CREATE TRIGGER ${t}_count_insert AFTER INSERT ON ${t} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION brink_count_rows();
CREATE TRIGGER ${t}_count_delete AFTER DELETE ON ${t} REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION brink_count_rows();`,
).join('\n')}

-- The rows already there (the triggers' locks hold writers back until this commits).
INSERT INTO store_counts (name, shard, n)
${COUNTED.map((t) => `SELECT '${t}', 0, count(*) FROM ${t}`).join('\nUNION ALL ')};
`,
  down: `
${COUNTED.map((t) => `DROP TRIGGER ${t}_count_delete ON ${t};\nDROP TRIGGER ${t}_count_insert ON ${t};`).join('\n')}
DROP FUNCTION brink_count_rows();
DROP TABLE store_counts;
`,
};
