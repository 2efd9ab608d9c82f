import { createMemoryClusterIndex, signatureOf } from '../../cluster/index.ts';
import { fatalOf, toRecord } from '../../document/index.ts';
import { readInputs } from '../../input/index.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

export const analyze: Command = {
  name: 'analyze',
  summary: 'Print one JSON record per document (SIGNALS.md §6), one per line.',
  usage: '<file|dir|->...',
  options: {},
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('give at least one file, directory, or - for standard input');
    // The pipeline (its lexicons, gazetteers and eld's n-gram data) is imported when the command runs, not
    // when `brink` starts: --help and the commands that do not analyse documents skip its ≈0.7 s of loading.
    const { createPipeline } = await import('../../pipeline/index.ts');
    const pipeline = createPipeline();
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
