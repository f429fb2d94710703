/** The status bar item: open findings by band across open files and the last workspace scan. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, COUNTS_NOTIFICATION, type CountsParams } from '../../server/src/protocol/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('guardline.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Guardline';
    this.item.text = '$(shield) Guardline';
    this.item.command = COMMANDS.showOutput;
    this.item.show();
  }

  attach(client: LanguageClient): void {
    client.onNotification(COUNTS_NOTIFICATION, (p: CountsParams) => this.update(p.total));
  }

  update(total: CountsParams['total']): void {
    const parts = (['critical', 'high', 'medium', 'low'] as const).filter((b) => total[b] > 0).map((b) => `${total[b]} ${b}`);
    this.item.text = parts.length ? `$(shield) ${parts.join(' · ')}` : '$(shield) Guardline: clean';
    this.item.tooltip = `Guardline findings by risk band: ${JSON.stringify(total)}`;
    this.item.backgroundColor = total.critical > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : total.high > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
