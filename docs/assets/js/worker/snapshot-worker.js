// A throwaway worker that makes the snapshot of Python's memory for later visits (see
// snapshot-cache.js), started by worker.js once the reader pauses, so that booting a second
// Python never holds up the worker that answers the reader. It closes when done.

import { makeMemorySnapshot } from "./pyodide-compat.js";
import { saveSnapshot, snapshotKey } from "./snapshot-cache.js";
import { verifiedWheel } from "./wheel.js";

/** @import { SnapshotMessage } from "../contract.js" */
/** @import { LoadPyodideFunction } from "./pyodide-compat.js" */

/** @param {MessageEvent<SnapshotMessage>} event */
self.onmessage = async ({ data }) => {
  try {
    const runtime = new URL(data.options.indexURL ?? "");
    /** @type {{ loadPyodide: LoadPyodideFunction }} */
    const { loadPyodide } = await import(new URL("pyodide.mjs", runtime).href);
    const key = snapshotKey(new URL(data.options.stdLibURL ?? ""));
    const wheel = await verifiedWheel(data.options.lockFileURL ?? "");
    await saveSnapshot(key, await makeMemorySnapshot(loadPyodide, data.options, wheel));
  } catch {
    // No snapshot: the next visit boots the long way.
  }
  self.close();
};
