// The site's page script (mkdocs.yml, extra_javascript, as a module): it keeps the language
// switch on the current page and runs the calculators, redone after every instant navigation.
// Python runs in a Web Worker (worker/worker.js) that runtime-client.js starts. Every text a
// reader sees comes from the page's HTML and each form's configuration, written at build time
// in its language, or from Python. What the page and the worker exchange is in contract.js.

import { drawCharts, hasCharts } from "./charts.js";
import { configOf } from "./config.js";
import {
  applyResult,
  displayCurrency,
  formDiffersFromDefaults,
  formValues,
  identity,
  markBusy,
  showState,
  wireForm,
} from "./form.js";
import { wireExport } from "./export.js";
import { prefetchOnIntent } from "./intent.js";
import { keepPlaceOnLanguageSwitch, pointLanguageLinksAtTwin } from "./language-links.js";
import { RuntimeClient } from "./runtime-client.js";
import { labelScrollRegions, watchScrollRegions } from "./scroll-regions.js";
import {
  applyScenario,
  isScenario,
  openScenarioOf,
  rememberScenarioNow,
  scenarioEvaluation,
  showScenarioA,
  wireScenarios,
} from "./scenarios.js";
import { registerServiceWorker } from "./service-worker.js";
import { copyLink, rememberInUrlSoon, restoreFromUrl } from "./share.js";
import { siteRoot } from "./site-root.js";

/** @import { RuntimeStatus } from "./runtime-client.js" */

/**
 * Material for MkDocs' observable of page loads: it emits on the first load and after each
 * instant navigation.
 * @typedef {{ subscribe(next: () => void): unknown }} DocumentObservable
 */

performance.mark("calculators:page"); // the benchmark counts main-thread tasks from here on

const FORMS = "form[data-calculator]";

/** The calculator forms of the page in view. */
let forms = new Set(/** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll(FORMS)));

const runtime = new RuntimeClient({
  status: showRuntimeStatus,
  again: evaluate,
  answer(form, answer) {
    if (isScenario(form)) applyScenario(form, answer);
    else if (applyResult(form, answer)) {
      drawCharts(form, answer.charts);
      showScenarioA(form);
    }
  },
  failed(form) {
    if (isScenario(form)) form.dataset.state = "error";
    else showState(form, "error", "error");
  },
});

/** @param {RuntimeStatus} status */
function showRuntimeStatus(status) {
  if (status.state !== "loading") registerServiceWorker(); // pages still read offline after a failure
  for (const form of forms) {
    showState(form, status.state, status.message);
    // The reader may have typed while Python was loading: compute what the form says now.
    if (status.state === "ready" && (formDiffersFromDefaults(form) || openScenarioOf(form))) evaluate(form);
  }
}

/**
 * Ask for the form's results with what it holds now, and keep the address in step. While the
 * comparison is open, scenario B follows: its difference is from A's values (scenarios.js).
 * @param {HTMLFormElement} form
 */
function evaluate(form) {
  if (isScenario(form)) {
    const evaluation = scenarioEvaluation(form);
    if (evaluation) runtime.evaluate(form, evaluation);
    return;
  }
  rememberInUrlSoon(form);
  const sent = runtime.evaluate(form, {
    ...identity(form),
    values: formValues(form),
    display: displayCurrency(form),
  });
  if (sent) markBusy(form);
  const scenario = openScenarioOf(form);
  if (scenario) evaluate(scenario);
}

/**
 * Copy a link to both scenarios' numbers.
 * @param {HTMLFormElement} form
 */
function share(form) {
  rememberScenarioNow(form);
  void copyLink(form);
}

/** Start Python for the page's forms (or show its state if it already runs). */
function startRuntime() {
  const [first] = forms;
  if (!first) return;
  const config = configOf(first);
  runtime.start({
    runtime: new URL(config.runtime, siteRoot).href,
    package: new URL(config.package, siteRoot).href,
  });
}

function setUpCalculators() {
  forms = new Set(/** @type {NodeListOf<HTMLFormElement>} */ (document.querySelectorAll(FORMS)));
  if (forms.size === 0) return;
  for (const form of forms) {
    restoreFromUrl(form);
    wireForm(form, { evaluate, share });
    wireExport(form);
    wireScenarios(form, evaluate);
    if (hasCharts(form)) requestAnimationFrame(() => drawCharts(form));
  }
  startRuntime();
}

document.addEventListener("click", keepPlaceOnLanguageSwitch, true);
watchScrollRegions();
// Python boots off the main thread, so it can start while the page finishes rendering; the
// pre-rendered results are already in the HTML.
if (forms.size) startRuntime();
else {
  registerServiceWorker();
  prefetchOnIntent(siteRoot); // a text page: the runtime only once a reader points at a calculator
}
/** @type {Window & { document$: DocumentObservable }} */ (/** @type {unknown} */ (window)).document$.subscribe(() => {
  pointLanguageLinksAtTwin();
  setUpCalculators();
  requestAnimationFrame(labelScrollRegions); // once Material has wrapped the page's tables
});
