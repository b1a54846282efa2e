// The calculators wheel as the lockfile pins it: fetched and checked against its sha256 by the
// page's own code, for the two places that read it without Pyodide's loadPackage (which checks
// it too): the memory snapshot, which imports it straight from the file, and the message that
// tells a tampered wheel from a network failure.

/**
 * The wheel's bytes, once their sha256 matches the lockfile's; rejects otherwise.
 * @param {string} lockFileURL
 * @returns {Promise<Uint8Array>}
 */
export async function verifiedWheel(lockFileURL) {
  const lock = await (await fetch(lockFileURL)).json();
  const { file_name: fileName, sha256 } = lock.packages.calculators;
  const bytes = new Uint8Array(await (await fetch(new URL(fileName, lockFileURL))).arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  if ([...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("") !== sha256) {
    throw new WheelMismatch(`${fileName} does not match the sha256 of the lockfile`);
  }
  return bytes;
}

/** The server sent a wheel that is not the one the lockfile pins. */
export class WheelMismatch extends Error {}

/**
 * Tell a tampered wheel from a network problem: hash what the server sends and compare.
 * @param {string} lockFileURL
 * @returns {Promise<boolean>}
 */
export async function wheelDiffersFromLockfile(lockFileURL) {
  try {
    await verifiedWheel(lockFileURL);
    return false;
  } catch (error) {
    return error instanceof WheelMismatch;
  }
}
