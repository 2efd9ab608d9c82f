/**
 * `brink` entry point: a thin shell over the library (STYLE.md §15). Data goes
 * to stdout, diagnostics to stderr, and the exit code is set, never forced.
 */
import { EXIT, UsageError, formatHelp, parseCommandArgs, type Command } from './command.ts';
import { commands } from './commands/index.ts';

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: brink <command> [options]',
    '',
    'Brink turns raw news into a sourced record of nuclear signals.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'brink <command> --help' for a command's options.",
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(topHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.stdout.write('brink 0.1.0\n');
    return EXIT.ok;
  }
  const cmd: Command | undefined = commands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`brink: unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    const { positionals, options } = parseCommandArgs(cmd, rest);
    if (options['help']) {
      io.stdout.write(formatHelp(cmd));
      return EXIT.ok;
    }
    return await cmd.run({ positionals, options, ...io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`brink ${cmd.name}: ${error.message}\nUsage: brink ${cmd.name} ${cmd.usage}   (see --help)\n`);
      return EXIT.usage;
    }
    io.stderr.write(`brink ${cmd.name}: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
}
