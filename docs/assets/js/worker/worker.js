// The Web Worker: load Pyodide and the calculators once (from a memory snapshot after a first
// visit, else from the wheel, checked against the lockfile: wheel.js), then answer evaluations. The page
// (runtime-client.js) starts it as a module worker; the protocol is in contract.js.

import { makeMemorySnapshot, memoryBytes, startPyodide } from "./pyodide-compat.js";
import { forgetSnapshot, readSnapshot, saveSnapshot, snapshotKey } from "./snapshot-cache.js";
import { importCalculators, verifiedWheel, WheelMismatch } from "./wheel.js";

/** @import { FailureReason, PageMessage, SnapshotMessage, WorkerMessage } from "../contract.js" */
/** @import { LoadPyodideFunction } from "./pyodide-compat.js" */
/** @import { PyodideConfig } from "pyodide" */

/** @typedef {(slug: string, rawJson: string, lang: string, displayJson: string, baselineJson: string) => string} EvaluateJson */

/** Make the snapshot once the reader has paused this long (no evaluation asked meanwhile). */
const SNAPSHOT_AFTER_IDLE_MS = 5000;

/** @type {EvaluateJson | null} */
let evaluateJson = null;
/** @type {Promise<void> | null} */
let ready = null;
/** @type {(() => void) | null} starts the snapshot; null once started, or when there is no need */
let snapshotSoon = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let snapshotTimer;

/** @param {WorkerMessage} message */
function send(message) {
  self.postMessage(message);
}

/** @param {MessageEvent<PageMessage>} event */
self.onmessage = async ({ data }) => {
  if (data.type === "boot") {
    ready ??= boot(new URL(data.runtime), new URL(data.package));
    return;
  }
  if (data.type !== "evaluate") return;
  postponeSnapshot();
  try {
    await ready;
    if (!evaluateJson) throw new Error("Python is not running");
    const display = JSON.stringify(data.display ?? null);
    const baseline = JSON.stringify(data.baseline ?? null);
    const result = JSON.parse(evaluateJson(data.slug, JSON.stringify(data.values), data.lang, display, baseline));
    send({ type: "result", id: data.id, result });
  } catch (error) {
    send({ type: "result-error", id: data.id, detail: String(error) });
  }
};

/**
 * @param {URL} runtime
 * @param {URL} packageDir
 */
async function boot(runtime, packageDir) {
  try {
    evaluateJson = await loadCalculators(runtime, packageDir);
    send({ type: "ready" });
  } catch (error) {
    send({ type: "failed", reason: error instanceof BootFailure ? error.reason : "runtime", detail: String(error) });
  }
}

/** A failure whose reason the page shows (a tampered wheel) or acts on (restart or not). */
class BootFailure extends Error {
  /**
   * @param {FailureReason} reason
   * @param {string} detail
   */
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
  }
}

/**
 * Load Pyodide from `runtime` and the calculators wheel from `packageDir`; return the entry
 * point. After the first visit, a snapshot of Python's memory lets later visits start from it
 * instead of booting Python again (several times faster).
 * @param {URL} runtime
 * @param {URL} packageDir
 * @returns {Promise<EvaluateJson>}
 */
async function loadCalculators(runtime, packageDir) {
  if (typeof WebAssembly !== "object") throw new BootFailure("runtime", "no WebAssembly in this browser");
  const key = snapshotKey(packageDir);
  /** @type {[{ loadPyodide: LoadPyodideFunction }, Uint8Array | null]} */
  const [{ loadPyodide }, saved] = await Promise.all([import(new URL("pyodide.mjs", runtime).href), readSnapshot(key)]);
  send({ type: "progress", stage: "runtime" });
  const lockFileURL = new URL("pyodide-lock.json", packageDir).href;
  // The standard library is the site's trimmed one, compiled, beside the wheel (sitebuild/stdlib.py).
  const stdLibURL = new URL("python_stdlib.zip", packageDir).href;
  /** @type {PyodideConfig} */
  const options = { indexURL: runtime.href, stdLibURL, lockFileURL, packageBaseUrl: packageDir.href, fullStdLib: false };
  const restored = saved && (await startPyodide(loadPyodide, options, saved).catch(() => forgetSnapshot(key)));
  // Without a snapshot, the wheel downloads (and is checked) while Python starts.
  let wheel = restored ? null : verifiedWheel(lockFileURL);
  wheel?.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  const pyodide = restored || (await startPyodide(loadPyodide, options));
  // The site's snapshots hold the calculators already imported (wheel.js): nothing to load.
  if (!(restored && pyodide.runPython("import sys; 'calculators' in sys.modules"))) {
    send({ type: "progress", stage: "package" });
    wheel ??= verifiedWheel(lockFileURL);
    const bytes = await wheel.catch((error) => {
      throw new BootFailure(error instanceof WheelMismatch ? "integrity" : "package", String(error));
    });
    importCalculators(pyodide, bytes);
  }
  // For the soak test: the size of Python's WebAssembly memory, which only ever grows.
  /** @type {typeof self & { wasmMemoryBytes?: () => number }} */ (self).wasmMemoryBytes = () => memoryBytes(pyodide);
  // No snapshot yet: make one with a second, throwaway interpreter once the reader pauses.
  if (!saved) {
    snapshotSoon = () => snapshot(loadPyodide, options, key);
    postponeSnapshot();
  }
  return pyodide.pyimport("calculators").evaluate_json;
}

/** (Re)start the wait before the snapshot: it never competes with the reader's typing. */
function postponeSnapshot() {
  if (!snapshotSoon) return;
  clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotSoon?.();
    snapshotSoon = null;
  }, SNAPSHOT_AFTER_IDLE_MS);
}

/**
 * Make the snapshot in a worker of its own (worker/snapshot-worker.js): booting a second Python
 * takes seconds, during which this worker could not answer. Where workers cannot start workers,
 * make it here.
 * @param {LoadPyodideFunction} loadPyodide
 * @param {PyodideConfig} options
 * @param {string} key
 */
async function snapshot(loadPyodide, options, key) {
  if (typeof Worker === "function") {
    try {
      const helper = new Worker(new URL("./snapshot-worker.js", import.meta.url), { type: "module" });
      helper.onerror = () => helper.terminate();
      /** @type {SnapshotMessage} */
      const message = { type: "snapshot", options };
      helper.postMessage(message);
      return;
    } catch {
      // Fall through: make it here.
    }
  }
  try {
    await saveSnapshot(key, await makeMemorySnapshot(loadPyodide, options, await verifiedWheel(options.lockFileURL ?? "")));
  } catch {
    // No snapshot: the next visit boots the long way.
  }
}
