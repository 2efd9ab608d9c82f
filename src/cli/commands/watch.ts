import { fileURLToPath } from 'node:url';
import { StoreOpenError, storeLocation } from '../../store/index.ts';
import { displayUrl } from '../../store/postgres/connection.ts';
import type { Watcher } from '../../watch/index.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';

/** The shipped starting list of public sources, used when no config is given. */
export const DEFAULT_CONFIG = fileURLToPath(new URL('../../../data/sources/default.yaml', import.meta.url));

export const watch: Command = {
  name: 'watch',
  summary: 'Keep a store up to date from feeds, sitemaps, Telegram exports and a drop folder; raise alerts.',
  usage: '[config.yaml] [--db FILE|URL] [--once]',
  description:
    `Without a config, watches the starting list in ${DEFAULT_CONFIG} (review it first). ` +
    'Alerts go to the channels the config names (stdout among them); progress goes to stderr. ' +
    'Stop with Ctrl-C or SIGTERM; a watcher killed at any moment resumes where it stopped.',
  options: {
    db: {
      type: 'string',
      value: 'FILE|URL',
      description: "the store to write, a SQLite file or postgres://…[?schema=NAME]; created if missing (default: the config's store, else $BRINK_DB, else brink.db)",
    },
    once: { type: 'boolean', description: 'run one round (the due sources) and exit, for cron' },
    all: { type: 'boolean', description: 'poll every source now, ignoring schedules' },
    quiet: { type: 'boolean', description: 'no per-source progress lines' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new UsageError('give at most one config file');
    const file = ctx.positionals[0] ?? DEFAULT_CONFIG;
    // The watcher and the pipeline it runs are imported here, not at start-up (see analyze.ts).
    const { ConfigFileError, connectWatcher, loadConfig } = await import('../../watch/index.ts');
    let watcher: Watcher;
    let storePath: string;
    try {
      const config = loadConfig(file);
      storePath = stringOption(ctx.options, 'db') ?? config.store ?? storeLocation(undefined);
      if (config.sources.filter((s) => s.enabled).length === 0) ctx.stderr.write(`brink watch: ${file} lists no enabled source\n`);
      watcher = await connectWatcher({
        config,
        store: storePath,
        stdout: ctx.stdout,
        log: ctx.options['quiet'] ? () => undefined : (line) => ctx.stderr.write(`brink watch: ${line}\n`),
      });
    } catch (error) {
      if (error instanceof ConfigFileError || error instanceof StoreOpenError) {
        ctx.stderr.write(`brink watch: ${error.message}\n`);
        return EXIT.failure;
      }
      throw error;
    }

    const controller = new AbortController();
    const stop = () => controller.abort(new Error('stopped'));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      if (ctx.options['once']) {
        const round = await watcher.runRound({ signal: controller.signal, all: ctx.options['all'] === true });
        const failed = round.sources.filter((s) => s.status === 'error').length + round.alerts.failed;
        return failed > 0 ? EXIT.partial : EXIT.ok;
      }
      ctx.stderr.write(`brink watch: watching ${file} into ${displayUrl(storePath)} (Ctrl-C to stop)\n`);
      await watcher.run({ signal: controller.signal, all: ctx.options['all'] === true });
      return EXIT.ok;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await watcher.close();
    }
  },
};
