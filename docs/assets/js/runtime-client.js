// The page's side of the Web Worker that runs Python (worker/worker.js): one worker for the whole
// visit (instant navigation keeps this module alive, so moving from one calculator page to
// another reuses the runtime that is already loaded), request ids, one request in flight per
// form, a watchdog for downloads that stall, and one restart after a crash.

import { adoptEarlyWorker } from "./early-start.js";

/** @import { Answer, EvaluateMessage, PageMessage, WorkerMessage } from "./contract.js" */

/**
 * What the forms should show about the runtime: their state and which status line.
 * @typedef {object} RuntimeStatus
 * @property {"loading" | "ready" | "error"} state
 * @property {"loading" | "loading_package" | "ready" | "error" | "integrity"} message
 */

/**
 * What the runtime tells the page.
 * @typedef {object} RuntimeEvents
 * @property {(status: RuntimeStatus) => void} status the runtime's state, on every change and
 *   whenever `start` is called again (new forms after an instant navigation)
 * @property {(form: HTMLFormElement) => void} again newer values came in while the form's
 *   request was in flight: evaluate the form again (its previous answer is dropped)
 * @property {(form: HTMLFormElement, answer: Answer) => void} answer
 * @property {(form: HTMLFormElement, detail: string) => void} failed the evaluation raised
 */

/** @typedef {Omit<EvaluateMessage, "type" | "id">} Evaluation */

/** A download that stalls without failing would leave the forms "loading" forever. */
const STALLED_AFTER_MS = 120_000;

export class RuntimeClient {
  /** @type {Worker | null} */
  #worker = null;
  /** @type {"idle" | "loading" | "ready" | "failed"} */
  #state = "idle";
  #restarts = 0;
  /** @type {"error" | "integrity"} which message a failed runtime shows */
  #failure = "error";
  /** @type {Map<number, HTMLFormElement>} request id -> the form that asked */
  #pending = new Map();
  #nextId = 1;
  /** @type {Map<HTMLFormElement, { again: boolean }>} the forms with a request in flight */
  #inFlight = new Map();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #watchdog = undefined;
  /** @type {{ runtime: string, package: string } | null} */
  #boot = null;
  /** @type {RuntimeEvents} */
  #events;

  /** @param {RuntimeEvents} events */
  constructor(events) {
    this.#events = events;
  }

  /**
   * Start Python once per visit, from the runtime and package folders (absolute URLs); later
   * calls only announce the current state again.
   * @param {{ runtime: string, package: string }} boot
   */
  start(boot) {
    this.#boot ??= boot;
    if (this.#state === "ready") {
      this.#events.status({ state: "ready", message: "ready" });
      return;
    }
    if (this.#state === "failed") {
      this.#events.status({ state: "error", message: this.#failure });
      return;
    }
    this.#events.status({ state: "loading", message: "loading" });
    if (this.#state === "loading") return;
    this.#state = "loading";
    const early = adoptEarlyWorker(this.#boot); // started from the page's head (early-start.js)
    /** @type {Worker} */
    let worker;
    try {
      worker = early?.worker ?? new Worker(new URL("./worker/worker.js", import.meta.url), { type: "module" });
    } catch {
      this.#fail();
      return;
    }
    this.#worker = worker;
    if (!early) {
      performance.mark("calculators:start");
      this.#post({ type: "boot", ...this.#boot });
    }
    clearTimeout(this.#watchdog);
    this.#watchdog = setTimeout(() => this.#state === "loading" && this.#fail(), STALLED_AFTER_MS);
    worker.onmessage = (/** @type {MessageEvent<WorkerMessage>} */ { data }) => this.#onMessage(data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.#onCrash();
    };
    for (const message of early?.messages ?? []) this.#onMessage(message);
    if (early?.crashed) this.#onCrash();
  }

  /**
   * Ask Python to evaluate `form`. Nothing happens until the runtime is ready; while the form's
   * previous request is in flight, the form is evaluated again once it is answered, with the
   * values it has then: typing faster than Python answers never queues stale values.
   * Returns whether the request was sent now.
   * @param {HTMLFormElement} form
   * @param {Evaluation} evaluation
   * @returns {boolean}
   */
  evaluate(form, evaluation) {
    if (this.#state !== "ready" || !this.#worker) return false;
    const busy = this.#inFlight.get(form);
    if (busy) {
      busy.again = true;
      return false;
    }
    this.#inFlight.set(form, { again: false });
    const id = this.#nextId++;
    this.#pending.set(id, form);
    this.#post({ type: "evaluate", id, ...evaluation });
    return true;
  }

  /** @param {PageMessage} message */
  #post(message) {
    this.#worker?.postMessage(message);
  }

  /** @param {WorkerMessage} data */
  #onMessage(data) {
    if (data.type === "progress") {
      this.#events.status({ state: "loading", message: data.stage === "package" ? "loading_package" : "loading" });
    } else if (data.type === "ready") {
      performance.mark("calculators:ready");
      this.#state = "ready";
      this.#events.status({ state: "ready", message: "ready" });
    } else if (data.type === "failed") {
      if (data.reason === "integrity") this.#fail("integrity"); // a tampered wheel stays refused
      else this.#onCrash();
    } else if (data.type === "result" || data.type === "result-error") {
      const form = this.#pending.get(data.id);
      this.#pending.delete(data.id);
      if (!form) return;
      if (!form.isConnected) {
        this.#inFlight.delete(form);
        return;
      }
      if (this.#answered(form)) return; // newer values are on their way: skip this answer
      if (data.type === "result") this.#events.answer(form, data.result);
      else this.#events.failed(form, data.detail);
    }
  }

  /**
   * The form's request is answered; if newer values came in meanwhile, ask again.
   * @param {HTMLFormElement} form
   * @returns {boolean} whether the answer is stale
   */
  #answered(form) {
    const busy = this.#inFlight.get(form);
    this.#inFlight.delete(form);
    if (busy?.again) this.#events.again(form);
    return Boolean(busy?.again);
  }

  /** A crashed or failed worker is restarted once; after that the page says it will not update. */
  #onCrash() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending.clear();
    this.#inFlight.clear();
    if (this.#restarts < 1 && this.#boot) {
      this.#restarts += 1;
      this.#state = "idle";
      this.start(this.#boot);
    } else {
      this.#fail();
    }
  }

  /** @param {"error" | "integrity"} [reason] */
  #fail(reason = "error") {
    this.#worker?.terminate();
    this.#worker = null;
    this.#state = "failed";
    this.#failure = reason;
    this.#events.status({ state: "error", message: reason });
  }
}
