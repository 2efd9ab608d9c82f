/**
 * What a source handler gets for one round: the shared ingest context, the
 * fetcher, the shutdown signal, and a claim on item keys so that two sources
 * listing the same article in one round do not both process it.
 */
import type { SourceConfig } from './config/index.ts';
import type { Fetcher } from './fetch/index.ts';
import type { IngestContext } from './ingest.ts';

export type FeedSourceConfig = Extract<SourceConfig, { type: 'rss' | 'atom' | 'sitemap' }>;
export type TelegramSourceConfig = Extract<SourceConfig, { type: 'telegram' }>;
export type TelegramChannelSourceConfig = Extract<SourceConfig, { type: 'telegram-channel' }>;
export type FolderSourceConfig = Extract<SourceConfig, { type: 'folder' }>;

export interface RoundContext {
  readonly ingest: IngestContext;
  readonly fetcher: Fetcher;
  readonly signal: AbortSignal;
  /** True the first time a key is claimed in this round; false if another source has it. */
  claim(key: string): boolean;
}
