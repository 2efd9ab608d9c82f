import type { Migration } from '../../migration.ts';

/**
 * Indexes for the API's reads (src/server/queries/postgres/): the full keys
 * of its keyset sorts, so that a page is one index range scan with no sort
 * step, at any depth.
 *
 * - signals by date: (date_start, date_end, id), the date sorts' key;
 * - signals by severity: (severity, id);
 * - documents by publication: (published_start, seq);
 * - clusters by size: (size DESC, id), biggest first then by id.
 *
 * The indexes they extend (signals_date, signals_severity,
 * documents_published) are dropped: each is a prefix of its successor.
 */
export const apiReadIndexes: Migration = {
  version: 2,
  name: 'api-read-indexes',
  up: `
CREATE INDEX signals_date_key ON signals(date_start, date_end, id);
DROP INDEX signals_date;
CREATE INDEX signals_severity_key ON signals(severity, id);
DROP INDEX signals_severity;
CREATE INDEX documents_published_key ON documents(published_start, seq);
DROP INDEX documents_published;
CREATE INDEX clusters_size ON clusters(size DESC, id);
`,
  down: `
DROP INDEX clusters_size;
CREATE INDEX documents_published ON documents(published_start);
DROP INDEX documents_published_key;
CREATE INDEX signals_severity ON signals(severity);
DROP INDEX signals_severity_key;
CREATE INDEX signals_date ON signals(date_start, date_end);
DROP INDEX signals_date_key;
`,
};
