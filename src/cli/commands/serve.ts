import { once } from 'node:events';
import { StoreOpenError, storeLocation } from '../../store/index.ts';
import { displayUrl } from '../../store/postgres/index.ts';
import { TOKEN_MIN_LENGTH } from '../../server/ingest.ts';
import type { Watcher } from '../../watch/index.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';
import { DEFAULT_CONFIG } from './watch.ts';

/** Environment variable holding the ingest token (preferred to --ingest-token, which `ps` shows). */
const TOKEN_ENV = 'BRINK_INGEST_TOKEN';

export const serve: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API and the web dashboard over a store.',
  usage: '[--db FILE|URL] [--port N] [--host ADDR] [--watch [--sources FILE]]',
  description:
    'The dashboard is at / and the API under /api, described at /openapi.json. The server binds 127.0.0.1 ' +
    'unless --host says otherwise. POST /api/ingest is disabled unless a token is configured ' +
    `(--ingest-token or ${TOKEN_ENV}, at least ${TOKEN_MIN_LENGTH} characters); then it needs "Authorization: Bearer <token>". ` +
    'With --watch the same process also keeps the store up to date from the sources of `brink watch` (the shipped ' +
    'starting list unless --sources names a config): a live monitor in one command. Stop with Ctrl-C.',
  options: {
    db: { type: 'string', value: 'FILE|URL', description: 'the store to serve (made by brink ingest): a SQLite file or a postgres:// URL (default: $BRINK_DB, else brink.db)' },
    port: { type: 'string', value: 'N', default: '8787', description: 'TCP port (0 picks a free one)' },
    host: { type: 'string', value: 'ADDR', default: '127.0.0.1', description: 'address to bind; 0.0.0.0 or :: exposes the server to the network' },
    watch: { type: 'boolean', description: 'also watch live sources into the store while serving (needs internet for the shipped list)' },
    sources: { type: 'string', value: 'FILE', description: 'with --watch: the watch config to follow (default: the shipped starting list)' },
    'ingest-token': { type: 'string', value: 'TOKEN', description: `enable POST /api/ingest for this bearer token (prefer ${TOKEN_ENV})` },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`serve takes no arguments; got '${ctx.positionals[0]}'`);
    const portText = stringOption(ctx.options, 'port') ?? '8787';
    const port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535; got '${portText}'`);
    const token = stringOption(ctx.options, 'ingest-token') ?? process.env[TOKEN_ENV] ?? null;
    if (token !== null && token.length < TOKEN_MIN_LENGTH) throw new UsageError(`the ingest token must be at least ${TOKEN_MIN_LENGTH} characters`);
    const db = storeLocation(stringOption(ctx.options, 'db'));
    const sources = stringOption(ctx.options, 'sources');
    if (sources !== undefined && ctx.options['watch'] !== true) throw new UsageError('--sources goes with --watch');
    const host = stringOption(ctx.options, 'host') ?? '127.0.0.1';
    // The server (Hono, zod) and the watcher (and its pipeline) are imported here, not at start-up (see analyze.ts).
    const { startServer } = await import('../../server/index.ts');
    // With --watch, the watcher opens (and creates) the store before the server reads it.
    const controller = new AbortController();
    let watcher: Watcher | null = null;
    const watchFile = ctx.options['watch'] === true ? (sources ?? DEFAULT_CONFIG) : null;
    if (watchFile !== null) {
      const { ConfigFileError, connectWatcher, loadConfig } = await import('../../watch/index.ts');
      try {
        watcher = await connectWatcher({ config: loadConfig(watchFile), store: db, stdout: ctx.stdout, log: (line) => ctx.stderr.write(`brink watch: ${line}\n`) });
      } catch (error) {
        if (error instanceof ConfigFileError || error instanceof StoreOpenError) {
          ctx.stderr.write(`brink serve: ${error.message}\n`);
          return EXIT.failure;
        }
        throw error;
      }
    }
    let server;
    try {
      server = await startServer({ db, port, host, ingestToken: token, log: (line) => ctx.stderr.write(`brink serve: ${line}\n`) });
    } catch (error) {
      await watcher?.close();
      if (error instanceof StoreOpenError) {
        ctx.stderr.write(`brink serve: ${error.message}\n`);
        return EXIT.failure;
      }
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        ctx.stderr.write(`brink serve: cannot listen on ${host}:${port} (${code})\n`);
        return EXIT.failure;
      }
      throw error;
    }
    ctx.stderr.write(`brink serve: ${server.url}/ serving ${displayUrl(db)}${token !== null ? ' (ingest enabled)' : ''}; Ctrl-C to stop\n`);
    let watching: Promise<void> = Promise.resolve();
    if (watcher !== null) {
      ctx.stderr.write(`brink serve: watching the sources of ${watchFile}\n`);
      // A watcher failure is reported but does not take the dashboard down.
      watching = watcher.run({ signal: controller.signal, all: false }).catch((error: unknown) => {
        if (!controller.signal.aborted) ctx.stderr.write(`brink serve: the watcher stopped: ${(error as Error).message}\n`);
      });
    }
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    controller.abort(new Error('stopped'));
    await watching;
    await watcher?.close();
    await server.close();
    ctx.stderr.write('brink serve: stopped\n');
    return EXIT.ok;
  },
};
