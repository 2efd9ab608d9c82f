import { once } from 'node:events';
import { StoreOpenError } from '../../store/index.ts';
import { TOKEN_MIN_LENGTH, startServer } from '../../server/index.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';

/** Environment variable holding the ingest token (preferred to --ingest-token, which `ps` shows). */
const TOKEN_ENV = 'BRINK_INGEST_TOKEN';

export const serve: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API and the web dashboard over a store.',
  usage: '[--db FILE] [--port N] [--host ADDR]',
  description:
    'The dashboard is at / and the API under /api, described at /openapi.json. The server binds 127.0.0.1 ' +
    'unless --host says otherwise. POST /api/ingest is disabled unless a token is configured ' +
    `(--ingest-token or ${TOKEN_ENV}, at least ${TOKEN_MIN_LENGTH} characters); then it needs "Authorization: Bearer <token>". ` +
    'Stop with Ctrl-C.',
  options: {
    db: { type: 'string', value: 'FILE', default: 'brink.db', description: 'the store to serve (made by brink ingest)' },
    port: { type: 'string', value: 'N', default: '8787', description: 'TCP port (0 picks a free one)' },
    host: { type: 'string', value: 'ADDR', default: '127.0.0.1', description: 'address to bind; 0.0.0.0 or :: exposes the server to the network' },
    'ingest-token': { type: 'string', value: 'TOKEN', description: `enable POST /api/ingest for this bearer token (prefer ${TOKEN_ENV})` },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`serve takes no arguments; got '${ctx.positionals[0]}'`);
    const portText = stringOption(ctx.options, 'port') ?? '8787';
    const port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535; got '${portText}'`);
    const token = stringOption(ctx.options, 'ingest-token') ?? process.env[TOKEN_ENV] ?? null;
    if (token !== null && token.length < TOKEN_MIN_LENGTH) throw new UsageError(`the ingest token must be at least ${TOKEN_MIN_LENGTH} characters`);
    const db = stringOption(ctx.options, 'db') ?? 'brink.db';
    const host = stringOption(ctx.options, 'host') ?? '127.0.0.1';
    let server;
    try {
      server = await startServer({ db, port, host, ingestToken: token, log: (line) => ctx.stderr.write(`brink serve: ${line}\n`) });
    } catch (error) {
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
    ctx.stderr.write(`brink serve: ${server.url}/ serving ${db}${token !== null ? ' (ingest enabled)' : ''}; Ctrl-C to stop\n`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    await server.close();
    ctx.stderr.write('brink serve: stopped\n');
    return EXIT.ok;
  },
};
