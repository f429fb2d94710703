/**
 * The "Scan workspace" command: analyses every file of the workspace folders that is not open,
 * with `$/progress` reporting and cancellation, and fills the Problems panel through workspace
 * diagnostics (pull) or published diagnostics (push).
 */
import { pathToFileURL } from 'node:url';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { loadRepoConfig } from '../host/config';
import { analyzeFile, defaultScanOptions } from '../host/scanner';
import { walk } from '../host/workspace';
import type { GuardlineServer, LspClient } from './server';

export async function scanWorkspace(server: GuardlineServer, client: LspClient, progress: WorkDoneProgressReporter, token?: CancellationToken): Promise<{ files: number; findings: number; cancelled: boolean }> {
  const options = { ...defaultScanOptions(), maxFileBytes: server.settings.maxFileBytes };
  let files = 0;
  let findings = 0;
  progress.begin('Guardline: scanning workspace', 0, 'finding files…', true);
  try {
    for (const folder of server.documents.folders) {
      const { config } = server.trusted ? loadRepoConfig(folder) : { config: { exclude: [] as string[] } };
      const walked = walk(['.'], { root: folder, exclude: [...config.exclude, ...server.settings.exclude], maxFileBytes: options.maxFileBytes });
      const total = walked.files.length;
      for (const [i, file] of walked.files.entries()) {
        if (token?.isCancellationRequested) return { files, findings, cancelled: true };
        const uri = pathToFileURL(file.abs).href;
        if (i % 10 === 0) progress.report(Math.round((i / Math.max(1, total)) * 100), `${i}/${total} ${file.rel}`);
        if (server.documents.get(uri)) continue;
        const result = await analyzeFile(server.engineForScan, file, options);
        files++;
        findings += result.findings.filter((f) => !f.suppressed).length;
        server.workspaceResults.set(uri, { version: 0, result });
        if (!server.pullDiagnostics) client.publishDiagnostics(uri, undefined, server.diagnosticsFor(uri, 0, result));
        // Yield so that edits and requests are served during a long scan.
        await new Promise((r) => setImmediate(r));
      }
    }
  } finally {
    progress.done();
  }
  if (server.pullDiagnostics) client.refreshDiagnostics();
  return { files, findings, cancelled: false };
}
