import type { Migration } from '../../migration.ts';

/**
 * Indexes for the escalation drill-down (`/api/escalation/signals`: the
 * signals filed under one day, src/server/queries/postgres/signals.ts).
 * The day a signal is filed under (FILING_DAY in src/server/queries/signals.ts)
 * is its own date at day precision, else its document's publication day
 * when that falls in the signal's range, else the range's first day. So a
 * signal filed under day D has `date = D` (day precision), or its document
 * was published on D (day precision), or `date_start = D`: three exact
 * lookups, where `date_start <= D AND date_end >= D` walked every signal
 * that started before D (all of them, for the latest day: ~1 s at 1M
 * documents). `date_start` is already the prefix of signals_date_key.
 *
 * Partial: only rows of day precision can match either lookup.
 */
export const filingDayIndexes: Migration = {
  version: 3,
  name: 'filing-day-indexes',
  up: `
CREATE INDEX signals_day ON signals(date) WHERE date_precision = 'day';
CREATE INDEX documents_published_day ON documents(published_date) WHERE published_precision = 'day';
`,
  down: `
DROP INDEX documents_published_day;
DROP INDEX signals_day;
`,
};
