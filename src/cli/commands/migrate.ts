import { displayUrl, isPostgresUrl } from '../../store/postgres/index.ts';
import { CopyError, copyPostgresToSqlite, copySqliteToPostgres, type TableReport } from '../../store/postgres/copy.ts';
import { StoreOpenError } from '../../store/index.ts';
import { WATCH_STATE_TABLES } from '../../watch/state/copy.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';

function reportLines(reports: readonly TableReport[]): string {
  const width = Math.max(...reports.map((r) => r.table.length));
  return reports
    .map((r) => {
      const same = r.rows === r.targetRows && r.checksum === r.targetChecksum;
      const target = same ? 'same' : `target ${r.targetRows} rows ${r.targetChecksum.slice(0, 16)}`;
      return `${r.table.padEnd(width)}  ${String(r.rows).padStart(9)} rows  sha256 ${r.checksum.slice(0, 16)}  ${target}`;
    })
    .join('\n');
}

export const migrate: Command = {
  name: 'migrate',
  summary: 'Move a store between SQLite and PostgreSQL (either way), without loss.',
  usage: '--from FILE --to URL | --from URL --to FILE',
  description:
    'Every table is copied row for row (same ids, clusters and timestamps), the watcher\'s tables (seen items, ' +
    'validators, the alert outbox) too when the source has them, streamed in batches, in one transaction on the ' +
    'target that commits only once each table has been read back with the same row count and checksum as its ' +
    'source; the report lists both. The source is only read (PostgreSQL in one snapshot). The target must be ' +
    'empty (a PostgreSQL store is created and migrated if needed; a SQLite file is created if missing).',
  options: {
    from: { type: 'string', value: 'FILE|URL', description: 'the store to read: a SQLite file, or postgres://…[?schema=NAME]' },
    to: { type: 'string', value: 'URL|FILE', description: 'the empty store to fill, of the other kind' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`migrate takes no arguments; got '${ctx.positionals[0]}'`);
    const from = stringOption(ctx.options, 'from');
    const to = stringOption(ctx.options, 'to');
    if (from === undefined || to === undefined) throw new UsageError('give both --from and --to: a SQLite file and a postgres:// URL, either way');
    if (isPostgresUrl(from) === isPostgresUrl(to)) {
      throw new UsageError('brink migrate moves a SQLite file into PostgreSQL (--from FILE --to postgres://…) or back (--from postgres://… --to FILE)');
    }
    const tty = (ctx.stderr as Partial<NodeJS.WriteStream>).isTTY === true;
    const options = {
      sets: [WATCH_STATE_TABLES],
      onProgress: (table: string, rows: number) => {
        if (tty) ctx.stderr.write(`\r\x1b[Kmigrate: ${table} ${rows} rows`);
      },
    };
    let reports: TableReport[];
    try {
      reports = isPostgresUrl(to) ? await copySqliteToPostgres(from, to, options) : await copyPostgresToSqlite(from, to, options);
    } catch (error) {
      if (tty) ctx.stderr.write('\r\x1b[K');
      if (error instanceof CopyError) {
        if (error.reports.length > 0) ctx.stdout.write(reportLines(error.reports) + '\n');
        ctx.stderr.write(`brink migrate: ${error.message}\n`);
        return EXIT.failure;
      }
      if (error instanceof StoreOpenError) {
        ctx.stderr.write(`brink migrate: ${error.message}\n`);
        return EXIT.failure;
      }
      throw error;
    }
    if (tty) ctx.stderr.write('\r\x1b[K');
    ctx.stdout.write(reportLines(reports) + '\n');
    const documents = reports.find((r) => r.table === 'documents')?.rows ?? 0;
    const watched = reports.some((r) => r.table === 'watch_items') ? ' and the watcher\'s state' : '';
    ctx.stderr.write(`brink migrate: ${documents} documents${watched} moved to ${displayUrl(to)}; every table read back identical\n`);
    return EXIT.ok;
  },
};
