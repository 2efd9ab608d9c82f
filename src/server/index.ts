/**
 * The analyst's desk: the HTTP API and the dashboard over a Brink store.
 * `startServer` opens the store, builds the app and listens; `createApp` is
 * the app alone, for in-process tests and embedding.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { fatalOf } from '../document/index.ts';
import { createPipeline } from '../pipeline/index.ts';
import { connectStore, type Store } from '../store/index.ts';
import { isPostgresUrl } from '../store/postgres/index.ts';
import { openSqliteDatabase } from '../store/sqlite/index.ts';
import { createApp } from './app.ts';
import { TOKEN_MIN_LENGTH, type IngestOutcome, type Ingestor } from './ingest.ts';
import { connectPostgresReadModel } from './queries/postgres/index.ts';
import { sqliteReadModel } from './queries/sqlite.ts';
import type { ReadModel } from './read-model.ts';
import { defaultWebRoot } from './static.ts';
import { documentInput } from '../ingest/index.ts';

export { createApp, EXPORT_MAX } from './app.ts';
export type { App, AppOptions } from './app.ts';
export type { ReadModel } from './read-model.ts';
export { sqliteReadModel } from './queries/sqlite.ts';
export { connectPostgresReadModel, postgresReadModel } from './queries/postgres/index.ts';
export { ApiError, BadParameter, NotFound } from './errors.ts';
export { HALF_LIFE_DAYS, MARKER_SEVERITY, severityWeight } from './escalation.ts';
export { TOKEN_MIN_LENGTH } from './ingest.ts';
export type { IngestOutcome, Ingestor } from './ingest.ts';
export { defaultWebRoot } from './static.ts';

export interface ServerOptions {
  /**
   * The store: a SQLite file path, or a `postgres://` URL (`?schema=NAME`
   * for a schema other than public). Created (and migrated) if missing only
   * when ingest is enabled; otherwise it must exist.
   */
  readonly db: string;
  readonly port: number;
  /** Address to bind: loopback by default; `0.0.0.0` or `::` exposes the server. */
  readonly host: string;
  readonly ingestToken?: string | null;
  /** Built dashboard directory (default dist/web); null for the API alone. */
  readonly webRoot?: string | null;
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  readonly url: string;
  close(): Promise<void>;
}


/** The same analysis and save path as `brink ingest`: pipeline, then one store transaction per document. */
export function createIngestor(store: Store): Ingestor {
  const pipeline = createPipeline();
  return async (docs) => {
    const out: IngestOutcome[] = [];
    for (const raw of docs) {
      const doc = pipeline.run(raw);
      const fatal = fatalOf(doc);
      if (fatal) {
        out.push({ source: raw.source, ok: false, id: null, cluster: null, stored: false, signalsAdded: 0, error: `${fatal.stage}: ${fatal.text}` });
        continue;
      }
      try {
        const saved = await store.saveDocument(documentInput(doc));
        out.push({ source: raw.source, ok: true, id: saved.id, cluster: saved.cluster, stored: saved.stored, signalsAdded: saved.signalsAdded, error: null });
      } catch (error) {
        out.push({ source: raw.source, ok: false, id: null, cluster: null, stored: false, signalsAdded: 0, error: `store: ${(error as Error).message}` });
      }
    }
    return out;
  };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.ingestToken ?? null;
  if (token !== null && token.length < TOKEN_MIN_LENGTH) {
    throw new Error(`the ingest token must be at least ${TOKEN_MIN_LENGTH} characters`);
  }
  // Ingest writes through the store (which creates and migrates it); reads use their own read-only connection
  // (SQLite) or pool (PostgreSQL). Either fails here, naming the store, rather than on the first request.
  const store = token !== null ? await connectStore(options.db) : null;
  let reads: ReadModel;
  try {
    reads = isPostgresUrl(options.db) ? await connectPostgresReadModel(options.db) : sqliteReadModel(openSqliteDatabase(options.db, { readonly: true }));
    // Load the in-memory signal index now rather than on the first dashboard visit (about a second per 300k signals).
    await reads.warm().catch(async (error: unknown) => {
      await reads.close();
      throw error;
    });
  } catch (error) {
    await store?.close();
    throw error;
  }
  const app = createApp({
    reads,
    ingestToken: token,
    ingest: store ? createIngestor(store) : null,
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
    onInternalError: (error) => options.log?.(`internal error: ${(error as Error).stack ?? String(error)}`),
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await reads.close();
    await store?.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (a browser tab) would hold close() open forever.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await reads.close();
      await store?.close();
    },
  };
}
