/**
 * `npm run -s train:signals`: trains the signal model on every set the model
 * may learn from (dataset.ts `trainingSets`: dev docs, seeds, holdout 1–12;
 * holdout-13 and 14 left out, see there; never the unseen holdout-15 and 16 or pages/holdout) and writes `data/models/signals.json`.
 * The same gold and documents give the same bytes.
 *
 *   node --import tsx src/stages/signals/model/train-command.ts [--out path] [--without set,set]
 */
import { writeFileSync } from 'node:fs';
import { createDoc, type Doc, type RawDocument } from '../../../document/index.ts';
import type { Pipeline } from '../../../pipeline/index.ts';
import { createClean } from '../../clean/index.ts';
import { createExtract } from '../../extract/index.ts';
import { createLanguage } from '../../language/index.ts';
import { createNormalize } from '../../normalize/index.ts';
import { createSentences } from '../../sentences/index.ts';
import { loadLabelled, trainingSets } from './dataset.ts';
import { detectExamples, typeExamples } from './examples.ts';
import { STEM_LETTERS } from './features.ts';
import { DEFAULT_MODEL_PATH } from './model.ts';
import { serializeModel, trainModel } from './train.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const out = flag('--out') ?? DEFAULT_MODEL_PATH;
const without = new Set((flag('--without') ?? '').split(',').filter((s) => s.length > 0));
const sets = trainingSets(process.cwd()).filter((s) => !without.has(s.name));
// Training needs the cleaned text's sentences only: the stages up to the sentence splitter (not the
// signal stage, which reads the model file this command writes).
const stages = [createExtract(), createNormalize(), createClean(), createLanguage(), createSentences()];
const upToSentences: Pipeline = {
  run(raw: RawDocument): Doc {
    try {
      return stages.reduce((doc, stage) => stage(doc), createDoc(raw));
    } catch {
      return createDoc(raw); // a document a stage fails on gives no sentences, as the pipeline scores it
    }
  },
};
const docs = await loadLabelled(sets, upToSentences);
const types = typeExamples(docs);
const detect = detectExamples(docs);
const about =
  `Brink signal model (src/stages/signals/model): TYPE softmax and DETECTION logistic heads over sentence features ` +
  `(words, ${STEM_LETTERS}-letter stems, word pairs), trained by 'npm run -s train:signals' on the gold of ${sets.map((s) => s.name).join(', ')} ` +
  `(${docs.length} documents, ${types.length} typed signal sentences, ${detect.filter((d) => d.signal).length} of ${detect.length} sentences with a signal)`;
writeFileSync(out, serializeModel(trainModel(types, detect, { about })));
console.log(`wrote ${out}: ${about}`);
