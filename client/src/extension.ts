/**
 * VS Code entry point: starts the Guardline language server and wires commands, the status bar
 * and workspace trust. Everything else happens in the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createClient } from './client';
import { StatusBar } from './statusBar';
import { TRUST_NOTIFICATION, type TrustParams } from '../../server/src/protocol/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Guardline', { log: true });
  const status = new StatusBar();
  context.subscriptions.push(output, status);
  client = createClient(context, output);
  status.attach(client);
  registerCommands(context, client, output);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(TRUST_NOTIFICATION, { trusted: true } satisfies TrustParams);
    }),
  );
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
