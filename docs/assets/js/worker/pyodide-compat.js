// Everything that leans on Pyodide's private interface, in one place, so that a Pyodide upgrade
// is checked here and nowhere else (pinned in package.json; see "Update Pyodide" in
// CONTRIBUTING.md). Each use is written for Pyodide 314 and degrades to the public way of doing
// things when it stops working:
//
// - `_loadSnapshot` / `_makeSnapshot` options of loadPyodide and `makeMemorySnapshot()`: start
//   Python from a saved copy of its memory, the calculators already imported. If they fail,
//   Python boots the long way. A snapshot cannot follow `loadPackage` (see wheel.js).
// - The "wasm instantiation failed" console warning: Pyodide logs it and then waits forever, so
//   it is turned into a failure here.
// - `_module.HEAP8`: the size of Python's memory, for the soak test only.

import { importCalculators } from "./wheel.js";

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

/**
 * Start a throwaway interpreter set up for snapshotting, import the calculators into it from
 * `wheel` (bytes already checked against the lockfile; see wheel.js) and return a snapshot of
 * its memory. A Python started from it answers at once, without the wheel.
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
