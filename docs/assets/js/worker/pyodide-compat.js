// Everything that leans on Pyodide's private interface, in one place, so that a Pyodide upgrade
// is checked here and nowhere else (pinned in package.json; see "Update Pyodide" in
// CONTRIBUTING.md). Each use is written for Pyodide 314 and degrades to the public way of doing
// things when it stops working:
//
// - `_loadSnapshot` / `_makeSnapshot` options of loadPyodide and `makeMemorySnapshot()`: start
//   Python from a saved copy of its memory, the calculators already imported. If they fail,
//   Python boots the long way. A snapshot cannot follow `loadPackage` (see makeMemorySnapshot).
// - The "wasm instantiation failed" console warning: Pyodide logs it and then waits forever, so
//   it is turned into a failure here.
// - `_module.HEAP8`: the size of Python's memory, for the soak test only.

/** @import { loadPyodide as LoadPyodide, PyodideAPI, PyodideConfig } from "pyodide" */

/** @typedef {typeof LoadPyodide} LoadPyodideFunction */

/**
 * Start Python with the public `options`, from `snapshot` (a memory snapshot made by
 * `makeMemorySnapshot` with the same runtime) when one is given. Rejects, instead of hanging,
 * when the WebAssembly module cannot be instantiated.
 * @param {LoadPyodideFunction} loadPyodide
 * @param {PyodideConfig} options
 * @param {Uint8Array} [snapshot]
 * @returns {Promise<PyodideAPI>}
 */
export function startPyodide(loadPyodide, options, snapshot) {
  const extra = snapshot ? { _loadSnapshot: snapshot } : {};
  return Promise.race([loadPyodide({ ...options, ...extra }), instantiationFailure()]);
}

/** Where a snapshot-making interpreter finds the wheel: a file it imports from, then deletes. */
const WHEEL_PATH = "/lib/calculators-snapshot.whl";

/**
 * Start a throwaway interpreter set up for snapshotting, import the calculators into it from
 * `wheel` (bytes already checked against the lockfile) and return a snapshot of its memory. A
 * Python started from it answers at once, without loading the wheel.
 *
 * Not with `loadPackage`: it leaves a reference to a JavaScript object in Python, and the
 * snapshot then fails ("Unexpected hiwire entry"). Python imports the wheel as a zip instead
 * and `calculators.preload()` reads every module and data file, since the snapshot keeps
 * Python's memory but not its files.
 * @param {LoadPyodideFunction} loadPyodide
 * @param {PyodideConfig} options
 * @param {Uint8Array} wheel
 * @returns {Promise<Uint8Array>}
 */
export async function makeMemorySnapshot(loadPyodide, options, wheel) {
  const spare = await Promise.race([loadPyodide({ ...options, _makeSnapshot: true }), instantiationFailure()]);
  importCalculators(spare, wheel);
  /** @type {{ makeMemorySnapshot(): Uint8Array }} */
  const privateApi = /** @type {any} */ (spare);
  return privateApi.makeMemorySnapshot();
}

/**
 * Import the calculators from the wheel's bytes as a zip, load everything they read, and leave
 * no trace of the file (also used by sitebuild/stdlib.mjs, to keep the modules this needs).
 * @param {PyodideAPI} pyodide
 * @param {Uint8Array} wheel
 */
export function importCalculators(pyodide, wheel) {
  pyodide.FS.writeFile(WHEEL_PATH, wheel);
  pyodide.runPython(`
import sys
sys.path.append("${WHEEL_PATH}")
import calculators
calculators.preload()
sys.path.remove("${WHEEL_PATH}")
sys.path_importer_cache.pop("${WHEEL_PATH}", None)
`);
  pyodide.FS.unlink(WHEEL_PATH);
}

/**
 * The size in bytes of Python's WebAssembly memory, which only ever grows.
 * @param {PyodideAPI} pyodide
 * @returns {number}
 */
export function memoryBytes(pyodide) {
  /** @type {{ _module: { HEAP8: Int8Array } }} */
  const privateApi = /** @type {any} */ (pyodide);
  return privateApi._module.HEAP8.length;
}

/**
 * Pyodide 314 logs a failed WebAssembly instantiation (blocked download, no memory) and then
 * waits forever; turn that warning into a rejection. Never resolves.
 * @returns {Promise<never>}
 */
function instantiationFailure() {
  return new Promise((_, reject) => {
    const warn = console.warn;
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).includes("wasm instantiation failed")) reject(new Error(String(args[0])));
    };
  });
}
