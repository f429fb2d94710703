/**
 * The `guardline` command line. Dispatches subcommands; turns usage and configuration errors
 * into exit code 2 with a one-line message, never a stack trace.
 */
import { UsageError } from './args';
import { explainCommand, EXPLAIN_USAGE, rulesCommand, RULES_USAGE } from './rulesCommand';
import { scanCommand, SCAN_USAGE } from './scanCommand';
import { testCommand, TEST_USAGE } from './testCommand';
import { treeCommand, TREE_USAGE } from './treeCommand';
import { toolInfo } from './tool';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { listen } from '../lsp/connection';

const USAGE = `Guardline: security as code quality, for code and infrastructure-as-code.

Usage: guardline <command> [options]

Commands:
  scan [paths…]       scan files and folders; print ranked findings (text, json, sarif)
  test [packs…]       run rule fixtures (ruleid:/ok: annotations and .fixed files)
  rules               list the rules in force
  explain <rule-id>   what a rule finds, why, how to fix it
  tree <file>         print a file's syntax tree (--model: the data view), for rule authors
  lsp --stdio         run the language server (for editors)
  version             print the version

Run guardline <command> --help for a command's options.
`;

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number> | number; usage: string }> = {
  scan: { run: scanCommand, usage: SCAN_USAGE },
  test: { run: testCommand, usage: TEST_USAGE },
  rules: { run: rulesCommand, usage: RULES_USAGE },
  explain: { run: explainCommand, usage: EXPLAIN_USAGE },
  tree: { run: treeCommand, usage: TREE_USAGE },
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'version' || command === '--version' || command === '-v') {
    process.stdout.write(`${toolInfo().version}\n`);
    return 0;
  }
  if (command === 'lsp') {
    // `guardline lsp --stdio`: the language server, as other editors launch it.
    if (!rest.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket'))) {
      process.stderr.write('guardline lsp: choose a transport: --stdio, --node-ipc or --socket=PORT\n');
      return 2;
    }
    listen(createConnection(ProposedFeatures.all));
    return new Promise<number>(() => undefined);
  }
  const cmd = COMMANDS[command];
  if (!cmd) {
    process.stderr.write(`guardline: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`guardline ${command}: ${err.message}\n\n${cmd.usage}`);
      return 2;
    }
    process.stderr.write(`guardline ${command}: internal error: ${err instanceof Error ? err.message : String(err)}\nPlease report this with the command you ran.\n`);
    if (process.env.GUARDLINE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack ?? ''}\n`);
    return 3;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
