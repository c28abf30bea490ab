import { ApiError } from '@shared/api/apiError.ts';
import { checkCommand } from './checkCommand.ts';
import { CLI_HELP } from './cliHelp.ts';
import { processIo, type CliIo } from './CliIo.ts';
import { exportCommand } from './exportCommand.ts';
import { importCommand } from './importCommand.ts';

/** Exit code for a command line that makes no sense (as opposed to a bad file). */
const USAGE_EXIT = 2;

/**
 * Runs one `newsdesk` command and returns the exit code. User errors print a
 * clear message (and each detail) without a stack trace; only an unexpected
 * failure mentions NEWSDESK_DEBUG=1 for the stack.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(CLI_HELP);
      return command === undefined ? USAGE_EXIT : 0;
    }
    if (command === 'export') return await exportCommand(rest, io);
    if (command === 'check') return await checkCommand(rest, io);
    if (command === 'import') return await importCommand(rest, io);
    io.err(`Unknown command "${command}". Run newsdesk --help to see the commands.`);
    return USAGE_EXIT;
  } catch (error) {
    if (error instanceof ApiError) {
      io.err(`newsdesk ${command}: ${error.message}`);
      for (const line of error.details ?? []) if (!error.message.includes(line)) io.err(`  - ${line}`);
      return error.message.startsWith('Usage:') || error.message.includes('Usage:') ? USAGE_EXIT : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`newsdesk ${command}: unexpected error: ${message}`);
    if (process.env.NEWSDESK_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
    else io.err('(set NEWSDESK_DEBUG=1 to see the details)');
    return 1;
  }
}
