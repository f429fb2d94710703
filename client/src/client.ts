/** The LanguageClient: where the server is, which documents it sees, which files it watches. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitOptions } from '../../server/src/protocol/protocol';

/** Languages VS Code knows by id, plus file patterns for formats that may have no language extension installed. */
export const LANGUAGE_IDS = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'json', 'jsonc', 'yaml', 'github-actions-workflow', 'terraform', 'hcl', 'shellscript', 'dockerfile'];
export const FILE_PATTERNS = ['**/*.tf', '**/*.tfvars', '**/*.hcl', '**/Dockerfile', '**/Dockerfile.*', '**/Containerfile', '**/*.dockerfile', '**/*.sh'];

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitOptions = { trusted: vscode.workspace.isTrusted };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...LANGUAGE_IDS.map((language) => ({ scheme: 'file', language })),
      ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    outputChannel: output,
    initializationOptions,
    synchronize: {
      configurationSection: 'guardline',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.rule.yaml,*.rule.yml,pack.yaml,.guardline.yaml}'),
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new LanguageClient('guardline', 'Guardline', serverOptions, clientOptions);
}
