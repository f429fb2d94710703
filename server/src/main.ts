/**
 * Language-server entry point (bundled to server/out/server.js). The transport comes from the
 * command line: `--stdio`, `--node-ipc` or `--socket=N`, as vscode-languageserver reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { listen } from './lsp/connection';

listen(createConnection(ProposedFeatures.all));
