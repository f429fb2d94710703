/** A real JSON-RPC client for protocol tests: spawns `guardline lsp --stdio` and talks LSP to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, ProgressType, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const WorkDoneProgress = new ProgressType<{ kind: string; title?: string; message?: string; percentage?: number }>();
import { repoRoot } from '../helpers';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; message: string; severity?: number; source?: string; codeDescription?: { href: string }; data?: { ruleId: string; fingerprint: string; version: number } }[];
}

export class TestLspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly published: PublishedDiagnostics[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  settings: Record<string, unknown> = {};
  private waiters: (() => void)[] = [];

  constructor() {
    this.process = spawn(process.execPath, [join(repoRoot, 'bin', 'guardline.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', () => [this.settings]);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.connection.onProgress(WorkDoneProgress, p.token, (value) => {
        this.notifications.push({ method: '$/progress', params: value });
        this.wake();
      });
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.notifications.push({ method: 'workspace/diagnostic/refresh', params: null });
      this.wake();
      return null;
    });
    this.connection.onRequest('window/showDocument', (p: unknown) => {
      this.notifications.push({ method: 'window/showDocument', params: p });
      return { success: true };
    });
    this.connection.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `pred` holds, re-checking on every message; fails after `ms`. */
  async until<T>(what: string, pred: () => T | undefined, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v !== undefined && v !== false) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async initialize(root: string, options: { pull?: boolean; trusted?: boolean } = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      initializationOptions: { trusted: options.trusted ?? true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
        window: { workDoneProgress: true, showDocument: { support: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(path: string, text: string, languageId = 'plaintext', version = 1): string {
    const uri = pathToFileURL(path).href;
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  change(uri: string, version: number, changes: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  lastFor(uri: string): PublishedDiagnostics | undefined {
    return [...this.published].reverse().find((p) => p.uri === uri);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
