/**
 * One item, from raw document to stored document, seen-mark and queued
 * alerts. The order is what makes a kill at any moment harmless:
 *
 *   1. pipeline (pure, nothing written)
 *   2. store.saveDocument (its own transaction; idempotent on content id)
 *   3. one transaction here: the alert outbox rows (keyed by signal key and
 *      channel, so a replay inserts nothing new) and the item's seen-mark.
 *
 * Killed before 2 or between 2 and 3, the item is not marked and is done
 * again on restart, adding nothing twice; killed after 3, it is done.
 */
import { fatalOf, toRecord, type Doc, type DocumentMeta, type RawDocument, type Signal } from '../document/index.ts';
import type { Pipeline } from '../pipeline/index.ts';
import type { Store, StoredSignal } from '../store/index.ts';
import { evidenceLink, type Alert } from './alerts/index.ts';
import type { ChannelConfig, RuleConfig } from './config/index.ts';
import type { RuleMatcher } from './rules/index.ts';
import type { ItemMark, WatchState } from './state/index.ts';
import { documentInput, urlOf } from '../ingest/index.ts';

export interface IngestContext {
  readonly pipeline: Pipeline;
  readonly store: Store;
  readonly state: WatchState;
  readonly rules: RuleMatcher;
  readonly channels: readonly ChannelConfig[];
  readonly dashboard: string | null;
  readonly now: () => Date;
}

export interface QueuedAlert {
  readonly signalKey: string;
  readonly channel: string;
  readonly rules: readonly string[];
  readonly alert: Alert;
}

export type AnalyseOutcome =
  | { readonly ok: true; readonly documentId: string; readonly stored: boolean; readonly alerts: readonly QueuedAlert[] }
  | { readonly ok: false; readonly error: string };


/**
 * Fields of feed metadata that matter enough to run the pipeline again for:
 * the headline and the publication date (the URL falls back to the source
 * anyway, and the author is not part of the record).
 */
const FALLBACK_FIELDS = ['title', 'published'] as const;

/**
 * Runs the pipeline so that the page's own metadata wins over the feed's and
 * the feed's over inference from the text. The extract stage lets caller
 * metadata win, so the feed's fields are not passed at first; only when the
 * page lacks one of them is the document run again with the missing fields.
 */
function runWithFallback(pipeline: Pipeline, raw: RawDocument, fallback: DocumentMeta | null): Doc {
  const doc = pipeline.run(raw);
  if (!fallback || fatalOf(doc)) return doc;
  const missing: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  for (const field of FALLBACK_FIELDS) {
    if (fallback[field] !== undefined && doc.meta[field] === undefined) missing[field] = fallback[field];
  }
  if (Object.keys(missing).length === 0) return doc;
  // The URL too, now that it is a second run: the page had no canonical of its own to prefer.
  if (fallback.url !== undefined && doc.meta.url === undefined) missing.url = fallback.url;
  return pipeline.run({ ...raw, meta: { ...raw.meta, ...missing } });
}

function sameSignal(a: Signal, b: StoredSignal): boolean {
  return a.type === b.type && a.actor.name === b.actor.name && a.actor.country === b.actor.country && a.actor.kind === b.actor.kind && a.date === b.date;
}

function ruleAppliesTo(rule: RuleConfig, channel: string): boolean {
  return !rule.channels || rule.channels.includes(channel);
}

/**
 * Steps 1 and 2, and the alerts step 3 will queue. Never throws for a bad
 * document (a pipeline failure is an outcome); store errors do throw.
 */
export async function analyseAndStore(
  ctx: IngestContext,
  raw: RawDocument,
  origin: Readonly<Record<string, unknown>> | null,
  fallback: DocumentMeta | null = null,
): Promise<AnalyseOutcome> {
  const doc = runWithFallback(ctx.pipeline, raw, fallback);
  const fatal = fatalOf(doc);
  if (fatal) return { ok: false, error: `${fatal.stage}: ${fatal.text}` };
  const record = toRecord(doc);
  const saved = await ctx.store.saveDocument({ ...documentInput(doc), record });

  const alerts: QueuedAlert[] = [];
  if (doc.signals.length === 0 || ctx.channels.length === 0) return { ok: true, documentId: saved.id, stored: saved.stored, alerts };
  const detectedAt = ctx.now().toISOString();
  for await (const stored of ctx.store.signals({ cluster: saved.cluster })) {
    if (!stored.sources.some((s) => s.document === saved.id)) continue;
    const index = doc.signals.findIndex((s) => sameSignal(s, stored));
    const evidence = stored.evidence.filter((e) => e.document === saved.id).map((e) => e.text);
    const matched = ctx.rules({
      type: stored.type,
      actor: stored.actor,
      target: stored.target,
      severity: stored.severity,
      sourcing: stored.sourcing,
      modality: stored.modality,
      confidence: stored.confidence,
      quote: stored.quote,
      lang: record.lang,
      title: record.title,
      evidence,
      firstOfActor: (await ctx.state.firstSignalKeyOfActor(stored.actor.name, stored.actor.country)) === stored.key,
    });
    if (matched.length === 0) continue;
    for (const channel of ctx.channels) {
      const rules = matched.filter((r) => ruleAppliesTo(r, channel.name)).map((r) => r.name);
      if (rules.length === 0) continue;
      const alert: Alert = {
        id: stored.key,
        rules,
        signal: {
          key: stored.key,
          type: stored.type,
          actor: stored.actor,
          target: stored.target,
          date: stored.date,
          severity: stored.severity,
          modality: stored.modality,
          sourcing: stored.sourcing,
          quote: stored.quote,
          confidence: stored.confidence,
          cluster: stored.cluster,
          index,
        },
        evidence,
        document: { id: saved.id, source: record.source, url: urlOf(doc), title: record.title, lang: record.lang, published: record.published },
        sources: stored.sources,
        link: evidenceLink(ctx.dashboard, saved.id, stored.key),
        origin,
        detectedAt,
      };
      alerts.push({ signalKey: stored.key, channel: channel.name, rules, alert });
    }
  }
  return { ok: true, documentId: saved.id, stored: saved.stored, alerts };
}

/** Step 3: the alerts and the item's mark (if any) in one transaction. Returns how many alerts were new. */
export async function commitItem(ctx: IngestContext, alerts: readonly QueuedAlert[], mark: ItemMark | null): Promise<number> {
  const rows = alerts.map((a) => ({ signalKey: a.signalKey, channel: a.channel, rules: a.rules, payload: a.alert }));
  return ctx.state.commitItem(rows, mark, ctx.now().toISOString());
}
