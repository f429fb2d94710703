/**
 * The protocol table: which LSP method goes to which server method. Every handler is guarded: a
 * failure is logged and answered with an empty result, never fatal to the server.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { COMMANDS, COUNTS_NOTIFICATION, EXPLAIN_REQUEST, TRUST_NOTIFICATION, type CountsParams, type ExplainParams, type TrustParams } from '../protocol/protocol';
import { FIX_ALL_KIND } from './codeActions';
import { GuardlineServer, type LspClient } from './server';
import { scanWorkspace } from './workspaceScan';

function guard<A extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}

export function listen(connection: Connection): GuardlineServer {
  let supportsConfiguration = false;
  const client: LspClient = {
    publishDiagnostics: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
    refreshDiagnostics: () => void connection.languages.diagnostics.refresh().catch(() => undefined),
    getSettings: () => (supportsConfiguration ? connection.workspace.getConfiguration('guardline') : Promise.resolve({})),
    log: (m) => connection.console.log(m),
    notifyCounts: (p: CountsParams) => void connection.sendNotification(COUNTS_NOTIFICATION, p),
  };
  const server = new GuardlineServer(client);

  connection.onInitialize((params): InitializeResult => {
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    server.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        diagnosticProvider: { identifier: 'guardline', interFileDependencies: false, workspaceDiagnostics: true },
        executeCommandProvider: { commands: [COMMANDS.scanWorkspace, COMMANDS.reloadPacks, COMMANDS.openGuidance] },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'guardline', version: '0.1.0' },
    };
  });

  connection.onInitialized(
    guard(connection, 'initialized', undefined, async () => {
      if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'guardline' });
      await server.reconfigure();
      server.markReady();
    }),
  );

  connection.onDidChangeConfiguration(guard(connection, 'configuration', undefined, () => server.reconfigure()));
  connection.onNotification(TRUST_NOTIFICATION, guard(connection, 'trust', undefined, async (p: TrustParams) => {
    server.trusted = p.trusted;
    await server.reconfigure();
  }));
  connection.onDidChangeWatchedFiles(guard(connection, 'watched files', undefined, async () => {
    await server.reconfigure();
  }));

  connection.onDidOpenTextDocument(guard(connection, 'didOpen', undefined, (p) => server.didOpen(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text)));
  connection.onDidChangeTextDocument(guard(connection, 'didChange', undefined, (p) => server.didChange(p.textDocument.uri, p.textDocument.version, p.contentChanges)));
  connection.onDidCloseTextDocument(guard(connection, 'didClose', undefined, (p) => server.didClose(p.textDocument.uri)));
  connection.onDidSaveTextDocument(guard(connection, 'didSave', undefined, async (p) => {
    if (server.isPackFile(p.textDocument.uri)) await server.reconfigure();
  }));

  connection.languages.diagnostics.on(guard(connection, 'diagnostics', { kind: 'full' as const, items: [] }, async (p) => {
    await server.ready;
    return server.documentDiagnostics(p.textDocument.uri);
  }));
  connection.languages.diagnostics.onWorkspace(guard(connection, 'workspace diagnostics', { items: [] }, () => server.workspaceDiagnostics()));
  connection.onHover(guard(connection, 'hover', null, async (p) => {
    await server.ready;
    return server.hover(p);
  }));
  connection.onCodeAction(guard(connection, 'codeAction', [], async (p) => {
    await server.ready;
    return server.codeActions(p);
  }));
  connection.onRequest(EXPLAIN_REQUEST, guard(connection, 'explain', null, (p: ExplainParams) => server.ruleExplanation(p.ruleId) ?? null));

  connection.onExecuteCommand(guard(connection, 'executeCommand', null, async (p, token, workDone) => {
    switch (p.command) {
      case COMMANDS.scanWorkspace: {
        const progress = p.workDoneToken !== undefined && workDone ? workDone : await connection.window.createWorkDoneProgress();
        const summary = await scanWorkspace(server, client, progress, token);
        connection.console.log(`workspace scan: ${summary.files} files, ${summary.findings} findings${summary.cancelled ? ' (cancelled)' : ''}`);
        return summary;
      }
      case COMMANDS.reloadPacks:
        await server.reconfigure();
        return { rules: server.engineForScan.ruleSet.rules.length };
      case COMMANDS.openGuidance: {
        const url: unknown = p.arguments?.[0];
        if (typeof url === 'string') await connection.window.showDocument({ uri: url, external: !url.startsWith('file:') });
        return null;
      }
      default:
        return null;
    }
  }));

  connection.onShutdown(() => server.dispose());
  connection.listen();
  return server;
}
