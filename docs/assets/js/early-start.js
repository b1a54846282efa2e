// Python's worker, started from the page's head on a calculator page (an async module script
// that sitebuild/preload.py adds, with the runtime's folders in `<meta name="calculators-runtime">`),
// so that it starts as the HTML arrives rather than once Material's bundle and the page's
// modules have run. runtime-client.js adopts it, with the messages it sent meanwhile. On other
// pages, or after an instant navigation, there is nothing to adopt and the client starts one.

/** @import { BootMessage, WorkerMessage } from "./contract.js" */

/**
 * A worker already booting, and what it said before anyone listened.
 * @typedef {object} EarlyWorker
 * @property {Worker} worker
 * @property {{ runtime: string, package: string }} boot
 * @property {WorkerMessage[]} messages
 * @property {boolean} crashed
 */

/** The site root, as site-root.js finds it (not imported: one request less before the start). */
const siteRoot = new URL("../../", import.meta.url);

/** @type {EarlyWorker | null} */
let early = startEarly();

/** @returns {EarlyWorker | null} */
function startEarly() {
  const meta = document.querySelector('meta[name="calculators-runtime"]');
  const [runtime, packageDir] = (meta?.getAttribute("content") ?? "").split(" ");
  if (!runtime || !packageDir) return null;
  try {
    const boot = { runtime: new URL(runtime, siteRoot).href, package: new URL(packageDir, siteRoot).href };
    const worker = new Worker(new URL("./worker/worker.js", import.meta.url), { type: "module" });
    /** @type {EarlyWorker} */
    const state = { worker, boot, messages: [], crashed: false };
    worker.onmessage = (/** @type {MessageEvent<WorkerMessage>} */ { data }) => state.messages.push(data);
    worker.onerror = (event) => {
      event.preventDefault();
      state.crashed = true;
    };
    performance.mark("calculators:start", { detail: "early" });
    /** @type {BootMessage} */
    const message = { type: "boot", ...boot };
    worker.postMessage(message);
    return state;
  } catch {
    return null; // no module workers here: the page's client starts Python its own way
  }
}

/**
 * The worker started early for these runtime folders, once (later calls get null); a worker
 * started for other folders is stopped.
 * @param {{ runtime: string, package: string }} boot
 * @returns {EarlyWorker | null}
 */
export function adoptEarlyWorker(boot) {
  const adopted = early;
  early = null;
  if (adopted && adopted.boot.runtime === boot.runtime && adopted.boot.package === boot.package) return adopted;
  adopted?.worker.terminate();
  return null;
}
