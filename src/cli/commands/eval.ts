import { buildReport, EvalSetError, formatJson, formatText, loadEvalSet, runCase, scoreDocument, summarise, type DocScore } from '../../eval/index.ts';
import { createMemoryClusterIndex, signatureOf } from '../../cluster/index.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';

export const evaluate: Command = {
  name: 'eval',
  summary: 'Score the pipeline against gold annotations (SIGNALS.md §8).',
  usage: '--gold DIR --docs DIR [--titles FILE] [--langs FILE] [--json] [--per-doc]',
  description:
    'Pairs each gold <doc>.json with <doc>.txt or <doc>.html in --docs, runs the pipeline on it and prints every figure of §8 ' +
    '(n/a where no gold annotates it). A gold duplicates.json ({"duplicates": [["docA","docB"], ...]}) enables the duplicate figures. ' +
    '--titles and --langs give headlines and languages to gold files that have none of their own. ' +
    'Exit 0 when it ran, whatever the figures; 2 for a wrong command line; 3 when a directory or a --titles/--langs file cannot be read.',
  options: {
    gold: { type: 'string', value: 'DIR', description: 'directory of gold <doc>.json files' },
    docs: { type: 'string', value: 'DIR', description: 'directory holding the documents the gold files name' },
    titles: { type: 'string', value: 'FILE', description: 'JSON map doc id → gold headline, for gold files without a title (theirs wins)' },
    langs: { type: 'string', value: 'FILE', description: 'JSON map doc id → gold language code, for gold files without a lang (theirs wins)' },
    json: { type: 'boolean', description: 'print one JSON summary instead of text' },
    'per-doc': { type: 'boolean', description: "also print each document's own figures" },
  },
  async run(ctx) {
    const goldDir = stringOption(ctx.options, 'gold');
    const docsDir = stringOption(ctx.options, 'docs');
    if (!goldDir || !docsDir) throw new UsageError('give both --gold DIR and --docs DIR');
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument '${ctx.positionals[0]}'`);
    let set;
    try {
      set = await loadEvalSet(goldDir, docsDir, { titles: stringOption(ctx.options, 'titles'), langs: stringOption(ctx.options, 'langs') });
    } catch (error) {
      if (!(error instanceof EvalSetError)) throw error;
      ctx.stderr.write(`brink eval: ${error.message}\n`);
      return EXIT.failure;
    }
    for (const problem of set.problems) ctx.stderr.write(`brink eval: ${problem}\n`);
    // Imported here, not at start-up (see analyze.ts).
    const { createPipeline } = await import('../../pipeline/index.ts');
    const pipeline = createPipeline();
    const scores: DocScore[] = [];
    const clusters = new Map<string, string | null>();
    // Clustering is not a pipeline stage; as `analyze` does over a batch, documents are clustered in input order.
    const clusterIndex = set.duplicates ? createMemoryClusterIndex() : null;
    for (const c of set.cases) {
      const input = await runCase(c, pipeline);
      if (input.failure) ctx.stderr.write(`brink eval: ${c.docPath}: ${input.failure} (scored as an empty output)\n`);
      scores.push(scoreDocument(input));
      const cluster = input.record.cluster ?? (clusterIndex && !input.failure ? clusterIndex.assign(c.gold.doc, signatureOf(input.record.text)) : null);
      clusters.set(c.gold.doc, cluster);
    }
    const figures = summarise(scores, set.duplicates ? { groups: set.duplicates, clusters } : null);
    const report = buildReport(scores, figures, ctx.options['per-doc'] === true);
    ctx.stdout.write(ctx.options['json'] === true ? formatJson(report) : formatText(report));
    return EXIT.ok;
  },
};
