// Python memory snapshots, kept in the service worker's cache of versioned files (see sw.js),
// under the wheel's folder, whose hash covers the wheel, the Pyodide version and so the trimmed
// standard library beside it: a snapshot never meets another runtime or library. Every
// function here gives up quietly: without a snapshot, Python boots the long way.

const SNAPSHOT_CACHE = "immutable";

/**
 * The cache key of the snapshot for the wheel's folder (or a file in it, such as the standard library).
 * @param {URL} packageDir
 * @returns {string}
 */
export function snapshotKey(packageDir) {
  return new URL("python-memory.snapshot", packageDir).href;
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
