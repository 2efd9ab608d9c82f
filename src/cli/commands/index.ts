import type { Command } from '../command.ts';
import { analyze } from './analyze.ts';
import { evaluate } from './eval.ts';

/** Every command `brink` knows, in the order `brink --help` lists them. */
export const commands: readonly Command[] = [analyze, evaluate];
