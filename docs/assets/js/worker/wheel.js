// The calculators wheel: fetched, checked against the sha256 that the lockfile pins, and imported
// by Python straight from the file (a wheel of pure Python is a zip that Python can import). The
// worker does this on a first visit and the snapshot worker before it takes a snapshot (which
// cannot follow Pyodide's `loadPackage`: that leaves a JavaScript reference in Python, and the
// snapshot then fails with "Unexpected hiwire entry"). sitebuild/stdlib.mjs runs the same import
// under Node, so that the trimmed standard library keeps what it needs.

/** @import { PyodideAPI } from "pyodide" */

/** Where Python finds the wheel while it imports from it; deleted afterwards. */
const WHEEL_PATH = "/lib/calculators.whl";

/** The server sent a wheel that is not the one the lockfile pins. */
export class WheelMismatch extends Error {}

/**
 * The wheel's bytes, once their sha256 matches the lockfile's; rejects with WheelMismatch
 * otherwise (or with the network's error).
 * @param {string} lockFileURL
 * @returns {Promise<Uint8Array>}
 */
export async function verifiedWheel(lockFileURL) {
  const lock = await (await fetch(lockFileURL)).json();
  const { file_name: fileName, sha256 } = lock.packages.calculators;
  const response = await fetch(new URL(fileName, lockFileURL));
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  if ([...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("") !== sha256) {
    throw new WheelMismatch(`${fileName} does not match the sha256 of the lockfile`);
  }
  return bytes;
}

/**
 * Import the calculators from the wheel's bytes and load everything they read
 * (`calculators.preload()`), then remove the file: nothing reads it again, and a memory snapshot,
 * which keeps Python's memory but not its files, holds all they need.
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
