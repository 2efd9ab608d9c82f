import { isPostgresUrl } from '../../store/postgres/index.ts';
import { CopyError, copySqliteToPostgres, type TableReport } from '../../store/postgres/copy.ts';
import { StoreOpenError } from '../../store/index.ts';
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
  summary: 'Move a SQLite store into an empty PostgreSQL store, without loss.',
  usage: '--from FILE --to URL',
  description:
    'Every table is copied row for row (same ids, clusters and timestamps), streamed in batches, in one ' +
    'PostgreSQL transaction that commits only once each table has been read back with the same row count and ' +
    'checksum as its source; the report lists both. The SQLite file is only read. The target must be empty ' +
    '(it is created and migrated if needed).',
  options: {
    from: { type: 'string', value: 'FILE', description: 'the SQLite store to read' },
    to: { type: 'string', value: 'URL', description: 'the PostgreSQL store to fill, postgres://…[?schema=NAME]' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`migrate takes no arguments; got '${ctx.positionals[0]}'`);
    const from = stringOption(ctx.options, 'from');
    const to = stringOption(ctx.options, 'to');
    if (from === undefined || to === undefined) throw new UsageError('give both --from FILE (SQLite) and --to URL (PostgreSQL)');
    if (isPostgresUrl(from) || !isPostgresUrl(to)) throw new UsageError('brink migrate moves a SQLite file (--from) into PostgreSQL (--to postgres://…)');
    const tty = (ctx.stderr as Partial<NodeJS.WriteStream>).isTTY === true;
    let reports: TableReport[];
    try {
      reports = await copySqliteToPostgres(from, to, {
        onProgress: (table, rows) => {
          if (tty) ctx.stderr.write(`\r\x1b[Kmigrate: ${table} ${rows} rows`);
        },
      });
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
    ctx.stderr.write(`brink migrate: ${documents} documents moved; every table read back identical\n`);
    return EXIT.ok;
  },
};
