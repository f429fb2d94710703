/**
 * Open documents: text (incremental sync), version, workspace-relative path, and the kept syntax
 * tree that makes re-parsing after a keystroke incremental.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { DocumentTree } from '../core/parsing/documentTree';

export interface OpenDocument {
  doc: TextDocument;
  tree: DocumentTree;
  /** Workspace-relative path with forward slashes (or the file name outside any folder). */
  path: string;
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export class Documents {
  private readonly open = new Map<string, OpenDocument>();
  folders: string[] = [];

  relativePath(uri: string): string {
    const abs = uriToPath(uri);
    if (!abs) return uri.replace(/^[a-z]+:\/*/i, '');
    const folder = this.folders.filter((f) => abs === f || abs.startsWith(f + sep)).sort((a, b) => b.length - a.length)[0];
    return (folder ? relative(folder, abs) : abs).split(sep).join('/');
  }

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.open.values()];
  }

  didOpen(uri: string, languageId: string, version: number, text: string): OpenDocument {
    this.open.get(uri)?.tree.dispose();
    const entry = { doc: TextDocument.create(uri, languageId, version, text), tree: new DocumentTree(), path: this.relativePath(uri) };
    this.open.set(uri, entry);
    return entry;
  }

  /** Applies changes in order, recording each as an edit on the kept tree. */
  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const entry = this.open.get(uri);
    if (!entry) return undefined;
    let doc = entry.doc;
    for (const change of changes) {
      if ('range' in change) {
        const start = doc.offsetAt(change.range.start);
        const oldEnd = doc.offsetAt(change.range.end);
        entry.tree.edit({ start, oldEnd, startPos: doc.positionAt(start), oldEndPos: doc.positionAt(oldEnd), text: change.text });
      } else entry.tree.dispose();
      doc = TextDocument.update(doc, [change], version);
    }
    entry.doc = doc;
    return entry;
  }

  didClose(uri: string): void {
    this.open.get(uri)?.tree.dispose();
    this.open.delete(uri);
  }

  dispose(): void {
    for (const e of this.open.values()) e.tree.dispose();
    this.open.clear();
  }
}
