/** Commands: scan workspace, reload rule packs, show output, explain rule. Server work runs in the server. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, EXPLAIN_REQUEST, type ExplainParams, type ExplainResult } from '../../server/src/protocol/protocol';

function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const pos = editor.selection.active;
  const diag = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'Guardline' && d.range.contains(pos));
  const code = diag?.code;
  return typeof code === 'object' ? String(code.value) : code !== undefined ? String(code) : undefined;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.OutputChannel): void {
  // guardline.scanWorkspace, guardline.reloadPacks and guardline.openGuidance are server commands:
  // the language client registers them from the server's executeCommandProvider.
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.explainRule, async (ruleArg?: string) => {
      const ruleId = ruleArg ?? ruleAtCursor() ?? (await vscode.window.showInputBox({ prompt: 'Rule id to explain', placeHolder: 'js-eval-injection' }));
      if (!ruleId) return undefined;
      const result = await client.sendRequest<ExplainResult | null>(EXPLAIN_REQUEST, { ruleId } satisfies ExplainParams);
      if (!result) {
        void vscode.window.showWarningMessage(`Guardline has no rule "${ruleId}".`);
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      return result;
    }),
  );
}
