import type { Command } from '../command.ts';
import { analyze } from './analyze.ts';

/** Every command `brink` knows, in the order `brink --help` lists them. */
export const commands: readonly Command[] = [analyze];
