import { createMemoryClusterIndex, signatureOf } from '../../cluster/index.ts';
import { fatalOf, toRecord } from '../../document/index.ts';
import { readInputs } from '../../input/index.ts';
import { EXIT, UsageError, stringOption, type Command, type OptionValues } from '../command.ts';
// The floor alone, not the stage: --help stays clear of the lexicons' loading.
import { MIN_REPORTED_CONFIDENCE } from '../../stages/signals/confidence.ts';

export const analyze: Command = {
  name: 'analyze',
  summary: 'Print one JSON record per document (SIGNALS.md §6), one per line.',
  usage: '<file|dir|->...',
  options: {
    'min-confidence': {
      type: 'string',
      value: 'P',
      description: `report signals of this confidence or more, 0-1 (default ${MIN_REPORTED_CONFIDENCE}: under it a signal rests only on the sentence before; 0 reports every rule signal)`,
    },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('give at least one file, directory, or - for standard input');
    const minConfidence = confidenceFloor(ctx.options);
    // The pipeline (its lexicons, gazetteers and eld's n-gram data) is imported when the command runs, not
    // when `brink` starts: --help and the commands that do not analyse documents skip its ≈0.7 s of loading.
    const { createPipeline } = await import('../../pipeline/index.ts');
    const pipeline = createPipeline(minConfidence === undefined ? {} : { signals: { minConfidence } });
    // Near-duplicates within this batch; the index is fixed-size per document.
    const clusters = createMemoryClusterIndex();
    let failed = 0;
    for await (const item of readInputs(ctx.positionals, { stdin: ctx.stdin })) {
      if (!item.ok) {
        ctx.stderr.write(`brink analyze: ${item.failure.source}: ${item.failure.error}\n`);
        failed++;
        continue;
      }
      const doc = pipeline.run(item.doc);
      const fatal = fatalOf(doc);
      if (fatal) {
        ctx.stderr.write(`brink analyze: ${doc.source}: ${fatal.stage}: ${fatal.text}\n`);
        failed++;
        continue;
      }
      const cluster = clusters.assign(doc.id, signatureOf(doc.text));
      ctx.stdout.write(JSON.stringify(toRecord({ ...doc, cluster })) + '\n');
    }
    return failed > 0 ? EXIT.partial : EXIT.ok;
  },
};

function confidenceFloor(options: OptionValues): number | undefined {
  const value = stringOption(options, 'min-confidence');
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1; got '${value}'`);
  return n;
}
