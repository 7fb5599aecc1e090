import fs from 'node:fs';
import path from 'node:path';
import { TestEnvironment } from 'jest-environment-node';
import { COMPILED_PGLITE_GLOBAL } from './compiled-pglite';

/** The few WebAssembly APIs used here (TypeScript declares the namespace only in its DOM libraries). */
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  Module: { prototype: object };
}

let compiled: Promise<object> | undefined;

/** PGlite's WebAssembly, compiled at the first test file of this worker and kept for the rest. */
function compiledPglite(): Promise<object> {
  const wasm = path.join(path.dirname(require.resolve('@electric-sql/pglite')), 'pglite.wasm');
  compiled ??= (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly.compile(fs.readFileSync(wasm));
  return compiled;
}

/**
 * Jest's node environment, plus PGlite's compiled WebAssembly shared by every test file a worker
 * runs. Each file loads its modules afresh, PGlite's included, so without this every file's
 * databases compiled the 9 MB module again and V8 optimized its hot functions again, in the
 * background, for the few hundred queries of one file. This module is loaded once per worker, so
 * the module compiled here, and the optimized code V8 attaches to it as queries run, serve them all.
 */
export default class PgliteEnvironment extends TestEnvironment {
  async setup(): Promise<void> {
    await super.setup();
    const module = await compiledPglite();
    // The file's code runs in a realm of its own, and PGlite's loader checks `instanceof
    // WebAssembly.Module` against that realm's class: the module is made one of its instances.
    const realm = this.global as unknown as { WebAssembly: WebAssemblyApi };
    Object.setPrototypeOf(module, realm.WebAssembly.Module.prototype);
    this.global[COMPILED_PGLITE_GLOBAL] = module;
  }
}
