import type { Command } from '../command.ts';
import { analyze } from './analyze.ts';
import { evaluate } from './eval.ts';
import { exportCommand } from './export.ts';
import { ingest } from './ingest.ts';
import { migrate } from './migrate.ts';
import { queueCommand } from './queue.ts';
import { serve } from './serve.ts';
import { worker } from './worker.ts';
import { watch } from './watch.ts';

/** Every command `brink` knows, in the order `brink --help` lists them. */
export const commands: readonly Command[] = [analyze, ingest, exportCommand, serve, watch, evaluate, migrate, worker, queueCommand];
