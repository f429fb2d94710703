/** Hands the core the tree-sitter runtime and grammar wasm bytes from `grammars/`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Grammars, type GrammarSource } from '../core/parsing/grammars';
import { installRoot } from './install';

export function grammarSource(dir = join(installRoot(), 'grammars')): GrammarSource {
  return {
    runtimeWasm: async () => new Uint8Array(await readFile(join(dir, 'web-tree-sitter.wasm'))),
    grammarWasm: async (name) => {
      if (!/^[\w-]+$/.test(name)) throw new Error(`invalid grammar name ${name}`);
      return new Uint8Array(await readFile(join(dir, `${name}.wasm`)));
    },
  };
}

export function nodeGrammars(): Grammars {
  return new Grammars(grammarSource(), () => performance.now());
}
