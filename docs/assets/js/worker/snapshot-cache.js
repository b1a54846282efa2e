// Python memory snapshots, kept in the service worker's cache of versioned files (see sw.js),
// under the runtime's own folder, so a new Pyodide version never meets an old snapshot. Every
// function here gives up quietly: without a snapshot, Python boots the long way.

const SNAPSHOT_CACHE = "immutable";

/**
 * The cache key of the snapshot for the runtime in `runtime`.
 * @param {URL} runtime
 * @returns {string}
 */
export function snapshotKey(runtime) {
  return new URL("python-memory.snapshot", runtime).href;
}

/**
 * @param {string} key
 * @returns {Promise<Uint8Array | null>}
 */
export async function readSnapshot(key) {
  try {
    const response = await (await caches.open(SNAPSHOT_CACHE)).match(key);
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage here (private mode, old browser)
  }
}

/**
 * @param {string} key
 * @param {Uint8Array} snapshot
 * @returns {Promise<void>}
 */
export async function saveSnapshot(key, snapshot) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).put(key, new Response(/** @type {BodyInit} */ (snapshot)));
  } catch {
    // Storage full or unavailable.
  }
}

/**
 * Drop a snapshot that did not start Python.
 * @param {string} key
 * @returns {Promise<null>}
 */
export async function forgetSnapshot(key) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(key);
  } catch {
    // Nothing to forget.
  }
  return null;
}
