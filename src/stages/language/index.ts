import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** Language identification: to be written (franc-min). Uses the caller's `lang` when given. */
export function createLanguage(): Stage {
  return (doc: Doc): Doc => ({ ...doc, lang: doc.meta.lang ?? null });
}
