// The site's one script. On a page it keeps the language switch on the current page and runs
// the calculators; started as a Web Worker (the same file), it hosts Python through Pyodide.
// Every text a reader sees comes from the page's HTML, written at build time in its language.

// The entry point is at the end of the file, once every constant below is initialised.

// ---------------------------------------------------------------------------------------------
// Worker: load Pyodide and the calculators wheel once, then answer evaluations.

function startWorker() {
  let evaluateJson = null;
  let ready = null;

  self.onmessage = async ({ data }) => {
    if (data.type === "boot") {
      ready ??= boot(new URL(data.runtime), new URL(data.package));
      return;
    }
    if (data.type !== "evaluate") return;
    try {
      await ready;
      if (!evaluateJson) throw new Error("Python is not running");
      const display = JSON.stringify(data.display ?? null);
      const result = JSON.parse(evaluateJson(data.slug, JSON.stringify(data.values), data.lang, display));
      self.postMessage({ type: "result", id: data.id, result });
    } catch (error) {
      self.postMessage({ type: "result-error", id: data.id, detail: String(error) });
    }
  };

  async function boot(runtime, packageDir) {
    try {
      evaluateJson = await loadCalculators(runtime, packageDir);
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", reason: error.reason ?? "runtime", detail: String(error) });
    }
  }
}

// Load Pyodide from `runtime` and the calculators wheel from `packageDir`; return the entry point.
// After the first visit, a snapshot of Python's memory lets later visits start from it instead
// of booting Python again (several times faster).
async function loadCalculators(runtime, packageDir) {
  if (typeof WebAssembly !== "object") throw failure("runtime", "no WebAssembly in this browser");
  const snapshotKey = new URL("python-memory.snapshot", runtime).href;
  const [{ loadPyodide }, saved] = await Promise.all([import(new URL("pyodide.mjs", runtime).href), readSnapshot(snapshotKey)]);
  self.postMessage({ type: "progress", stage: "runtime" });
  const lockFileURL = new URL("pyodide-lock.json", packageDir).href;
  const options = { indexURL: runtime.href, lockFileURL, packageBaseUrl: packageDir.href, fullStdLib: false };
  const start = (extra) => Promise.race([loadPyodide({ ...options, ...extra }), instantiationFailure()]);
  const pyodide = (saved && (await start({ _loadSnapshot: saved }).catch(() => forgetSnapshot(snapshotKey)))) || (await start({}));
  self.postMessage({ type: "progress", stage: "package" });
  // Pyodide checks the wheel against the sha256 in the lockfile and refuses a mismatch.
  const problems = [];
  await pyodide.loadPackage("calculators", {
    checkIntegrity: true,
    messageCallback: () => {},
    errorCallback: (message) => problems.push(message),
  });
  if (problems.length) {
    const tampered = await wheelDiffersFromLockfile(lockFileURL);
    throw failure(tampered ? "integrity" : "package", problems.join("\n"));
  }
  // For the soak test: the size of Python's WebAssembly memory, which only ever grows.
  self.wasmMemoryBytes = () => pyodide._module.HEAP8.length;
  // No snapshot yet: once this visit is served, make one with a second, throwaway interpreter,
  // in this worker's spare time (a snapshot must be taken before any package is loaded).
  if (!saved) setTimeout(() => makeSnapshot(start, snapshotKey), SNAPSHOT_DELAY_MS);
  return pyodide.pyimport("calculators").evaluate_json;
}

const SNAPSHOT_DELAY_MS = 1000;

async function makeSnapshot(start, key) {
  try {
    const spare = await start({ _makeSnapshot: true });
    await saveSnapshot(key, spare.makeMemorySnapshot());
  } catch {
    // No snapshot: the next visit boots the long way.
  }
}

// Snapshots live in the service worker's cache of versioned files (see sw.js), under the
// runtime's own folder, so a new Pyodide version never meets an old snapshot.
const SNAPSHOT_CACHE = "immutable";

async function readSnapshot(key) {
  try {
    const response = await (await caches.open(SNAPSHOT_CACHE)).match(key);
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage here (private mode, old browser): boot Python the long way
  }
}

async function saveSnapshot(key, snapshot) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).put(key, new Response(snapshot));
  } catch {
    // Storage full or unavailable: the next visit boots the long way.
  }
}

async function forgetSnapshot(key) {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(key);
  } catch {}
  return null;
}

function failure(reason, detail) {
  return Object.assign(new Error(detail), { reason });
}

// Pyodide 314 logs a failed WebAssembly instantiation (blocked download, no memory) and then
// waits forever; turn that warning into a failure the page can report.
function instantiationFailure() {
  return new Promise((_, reject) => {
    const warn = console.warn;
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).includes("wasm instantiation failed")) reject(failure("runtime", String(args[0])));
    };
  });
}

// Tell a tampered wheel from a network problem: hash what the server sends and compare.
async function wheelDiffersFromLockfile(lockFileURL) {
  try {
    const lock = await (await fetch(lockFileURL)).json();
    const { file_name: fileName, sha256 } = lock.packages.calculators;
    const bytes = await (await fetch(new URL(fileName, lockFileURL))).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("") !== sha256;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Page: language links and calculators, redone after every instant navigation.

function startPage() {
  document.addEventListener("click", keepPlaceOnLanguageSwitch, true);
  // Python boots off the main thread, so it can start while the page finishes rendering; the
  // pre-rendered results are already in the HTML.
  if (document.querySelector("form[data-calculator]")) {
    runtime.forms = new Set(document.querySelectorAll("form[data-calculator]"));
    startRuntime();
  } else {
    registerServiceWorker();
  }
  // Material exposes document$, which emits on the first load and after each instant navigation.
  window.document$.subscribe(() => {
    pointLanguageLinksAtTwin();
    setUpCalculators();
  });
}

// Repeat visits and offline reading (see sw.js). Registered once the page is idle, and on a
// calculator page once Python is ready, so it never competes with the first paint or with
// Python's first start.
let serviceWorkerRequested = false;

function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || serviceWorkerRequested) return;
  serviceWorkerRequested = true;
  const siteRoot = new URL("../", import.meta.url);
  const register = () => navigator.serviceWorker.register(new URL("sw.js", siteRoot), { scope: siteRoot.pathname }).catch(() => {});
  if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 5000 });
  else setTimeout(register, 2000);
}

// Material's language selector links to each language's home, and with instant navigation it
// would load the other language's page inside this language's menus and search. The build
// points each link at the page's twin; after an instant navigation the header stays, so point
// it at the new page's twin here, and take it out of instant navigation (target) so the other
// language loads whole, with its own menus and search.
function pointLanguageLinksAtTwin() {
  for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
    link.href = twinUrl(link.hreflang);
    link.target = "_self";
  }
}

function twinUrl(lang) {
  // The site root is where this script lives (assets/site.js); Material's own `base` belongs to
  // the page first loaded and goes stale after instant navigation.
  const siteRoot = new URL("../", import.meta.url);
  let page = location.pathname.startsWith(siteRoot.pathname) ? location.pathname.slice(siteRoot.pathname.length) : "";
  if (page === "fr" || page.startsWith("fr/")) page = page.slice(3);
  return new URL(lang === "fr" ? `fr/${page}` : page, siteRoot).href + location.hash;
}

// The section in view may have changed since the page loaded: take the reader to the same one.
function keepPlaceOnLanguageSwitch(event) {
  const link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang]");
  if (link) link.href = twinUrl(link.hreflang);
}

// One worker for the whole visit: instant navigation keeps this module alive, so moving from
// one calculator page to another reuses the runtime that is already loaded.
const runtime = {
  worker: null,
  state: "idle", // idle | loading | ready | failed
  restarts: 0,
  failure: "error", // which message a failed runtime shows: error | integrity
  pending: new Map(), // request id -> the form that asked
  nextId: 1,
  forms: new Set(),
};

function setUpCalculators() {
  const forms = [...document.querySelectorAll("form[data-calculator]")];
  runtime.forms = new Set(forms);
  if (forms.length === 0) return;
  for (const form of forms) {
    restoreFromUrl(form);
    wireForm(form);
    if (form.dataset.chartjs) requestAnimationFrame(() => drawCharts(form));
  }
  startRuntime();
}

const STALLED_AFTER_MS = 120_000;

function startRuntime() {
  if (runtime.state === "ready") {
    for (const form of runtime.forms) markReady(form);
    return;
  }
  if (runtime.state === "failed") {
    for (const form of runtime.forms) showState(form, "error", runtime.failure);
    return;
  }
  if (runtime.state === "loading") {
    for (const form of runtime.forms) showState(form, "loading", "loading");
    return;
  }
  runtime.state = "loading";
  for (const form of runtime.forms) showState(form, "loading", "loading");
  let worker;
  try {
    worker = new Worker(import.meta.url, { type: "module" });
  } catch {
    failRuntime();
    return;
  }
  runtime.worker = worker;
  performance.mark("calculators:start");
  const form = [...runtime.forms][0];
  const siteRoot = new URL("../", import.meta.url);
  worker.postMessage({
    type: "boot",
    runtime: new URL(form.dataset.runtime, siteRoot).href,
    package: new URL(form.dataset.package, siteRoot).href,
  });
  // A download that stalls without failing would leave the form "loading" forever.
  clearTimeout(runtime.watchdog);
  runtime.watchdog = setTimeout(() => runtime.state === "loading" && failRuntime(), STALLED_AFTER_MS);
  worker.onmessage = ({ data }) => onWorkerMessage(data);
  worker.onerror = (event) => {
    event.preventDefault();
    onWorkerCrash();
  };
}

function onWorkerMessage(data) {
  if (data.type === "progress") {
    for (const form of runtime.forms) {
      showState(form, "loading", data.stage === "package" ? "loading_package" : "loading");
    }
  } else if (data.type === "ready") {
    performance.mark("calculators:ready");
    registerServiceWorker();
    runtime.state = "ready";
    for (const form of runtime.forms) markReady(form);
  } else if (data.type === "failed") {
    if (data.reason === "integrity") failRuntime("integrity"); // a tampered wheel stays refused
    else onWorkerCrash();
  } else if (data.type === "result" || data.type === "result-error") {
    const form = runtime.pending.get(data.id);
    runtime.pending.delete(data.id);
    if (!form) return;
    if (!form.isConnected) {
      inFlight.delete(form);
      return;
    }
    if (answered(form)) return; // newer values are on their way: skip this answer
    if (data.type === "result") applyResult(form, data.result);
    else showState(form, "error", "error");
  }
}

// A crashed or failed worker is restarted once; after that the page says it will not update.
function onWorkerCrash() {
  runtime.worker?.terminate();
  runtime.worker = null;
  runtime.pending.clear();
  for (const form of runtime.forms) inFlight.delete(form);
  if (runtime.restarts < 1) {
    runtime.restarts += 1;
    runtime.state = "idle";
    startRuntime();
  } else {
    failRuntime();
  }
}

function failRuntime(reason = "error") {
  registerServiceWorker(); // pages still read offline
  runtime.worker?.terminate();
  runtime.worker = null;
  runtime.state = "failed";
  runtime.failure = reason;
  for (const form of runtime.forms) showState(form, "error", reason);
}

function markReady(form) {
  showState(form, "ready", "ready");
  // The reader may have typed while Python was loading: compute what the form says now.
  if (formDiffersFromDefaults(form)) evaluateForm(form);
}

function showState(form, state, messageKey) {
  form.dataset.state = state;
  const status = form.querySelector(".calc__status");
  const text = form.dataset[`msg${messageKey[0].toUpperCase()}${messageKey.slice(1).replace(/_(\w)/g, (_, c) => c.toUpperCase())}`];
  if (status && text !== undefined && status.textContent !== text) status.textContent = text;
}

function wireForm(form) {
  if (form.dataset.wired) return;
  form.dataset.wired = "true";
  // Every keystroke asks for a result at once; evaluateForm keeps one request in flight per form.
  form.addEventListener("input", () => evaluateForm(form));
  form.addEventListener("change", () => evaluateForm(form));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    evaluateForm(form);
  });
  form.querySelector("[data-share]")?.addEventListener("click", () => copyLink(form));
  form.querySelector("[data-currency]")?.addEventListener("change", (event) => {
    const code = event.target.value;
    const rate = form.querySelector("[data-fx]");
    form.querySelector("[data-fx-field]").hidden = !code;
    if (code) rate.value = rate.dataset[`default${code[0]}${code.slice(1).toLowerCase()}`];
  });
  form.querySelector("[data-reset]")?.addEventListener("click", () => {
    for (const input of form.querySelectorAll(".calc__assumptions input[data-default]")) {
      input.value = input.dataset.default;
    }
    evaluateForm(form);
  });
}

function formValues(form) {
  const values = {};
  for (const element of fieldsOf(form)) {
    values[element.name] = element.type === "checkbox" ? String(element.checked) : element.value;
  }
  return values;
}

function formDiffersFromDefaults(form) {
  return fieldsOf(form).some((element) => (element.type === "checkbox" ? String(element.checked) : element.value) !== defaultOf(element));
}

// One request in flight per form: typing faster than Python answers sends the latest values as
// soon as the previous answer is back, never a queue of stale ones.
const inFlight = new WeakMap(); // form -> { again: boolean }

function evaluateForm(form) {
  rememberInUrlSoon(form);
  if (runtime.state !== "ready" || !runtime.worker) return;
  const busy = inFlight.get(form);
  if (busy) {
    busy.again = true;
    return;
  }
  inFlight.set(form, { again: false });
  const id = runtime.nextId++;
  form.querySelector(".calc__results")?.setAttribute("aria-busy", "true");
  runtime.pending.set(id, form);
  runtime.worker.postMessage({
    type: "evaluate",
    id,
    slug: form.dataset.calculator,
    lang: form.dataset.lang,
    values: formValues(form),
    display: displayCurrency(form),
  });
}

function answered(form) {
  const busy = inFlight.get(form);
  inFlight.delete(form);
  if (busy?.again) evaluateForm(form);
  return Boolean(busy?.again);
}

function displayCurrency(form) {
  const code = form.querySelector("[data-currency]")?.value;
  return code ? { currency: code, rate: form.querySelector("[data-fx]").value } : null;
}

function applyConversions(form, result) {
  const rate = form.querySelector("[data-fx]");
  if (rate) setFieldError(form, rate, result.fx_error);
  for (const line of form.querySelectorAll("[data-converted]")) {
    const text = result.converted?.[line.dataset.converted];
    line.hidden = !text;
    line.textContent = text ?? "";
  }
}

function applyResult(form, result) {
  form.querySelector(".calc__results")?.removeAttribute("aria-busy");
  for (const element of fieldsOf(form)) setFieldError(form, element, result.errors[element.name]);
  if (!result.ok) {
    showState(form, "ready", "invalid");
    return; // the last good result stays
  }
  showState(form, "ready", "ready");
  applyConversions(form, result);
  drawCharts(form, result.charts);
  for (const output of form.querySelectorAll("output[name]")) {
    const value = result.values[output.name];
    output.dataset.value = typeof value === "string" ? value : JSON.stringify(value);
    output.textContent = result.text[output.name];
  }
}

function setFieldError(form, element, message) {
  const error = form.querySelector(`#${CSS.escape(element.id)}-error`);
  if (!error) return;
  const described = new Set((element.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
  if (message) {
    revealField(element);
    error.textContent = message;
    error.hidden = false;
    element.setAttribute("aria-invalid", "true");
    described.add(error.id);
  } else {
    error.textContent = "";
    error.hidden = true;
    element.removeAttribute("aria-invalid");
    described.delete(error.id);
  }
  if (described.size) element.setAttribute("aria-describedby", [...described].join(" "));
  else element.removeAttribute("aria-describedby");
}

// ---------------------------------------------------------------------------------------------
// Sharing: the address carries every input that differs from its default, as the reader typed
// it, under the calculator's slug (`?live-gifts.coins=1500`), so a page with two calculators
// keeps them apart. Values are only ever written into form fields, never into the page's HTML.

function fieldsOf(form) {
  return [...form.elements].filter((element) => element.name && element.tagName !== "OUTPUT");
}

function defaultOf(element) {
  if (element.type === "checkbox") return String(element.defaultChecked);
  if (element.tagName === "SELECT") return [...element.options].find((option) => option.defaultSelected)?.value ?? "";
  return element.dataset.default ?? element.defaultValue;
}

function restoreFromUrl(form) {
  const params = new URLSearchParams(location.search);
  for (const element of fieldsOf(form)) {
    const value = params.get(`${form.dataset.calculator}.${element.name}`);
    if (value === null) continue;
    if (element.type === "checkbox") element.checked = value === "true";
    else element.value = value;
    revealField(element); // a shared link that changes an assumption shows it
  }
}

// An assumption lives in a collapsed section: open it when the reader must see the field.
function revealField(element) {
  const section = element.closest("details");
  if (section && !section.open) section.open = true;
}

const urlTimers = new WeakMap();

// History updates are rate-limited by browsers: write the address once typing pauses.
function rememberInUrlSoon(form) {
  clearTimeout(urlTimers.get(form));
  urlTimers.set(form, setTimeout(() => rememberInUrl(form), 250));
}

function rememberInUrl(form) {
  const url = new URL(location.href);
  for (const element of fieldsOf(form)) {
    const key = `${form.dataset.calculator}.${element.name}`;
    const value = element.type === "checkbox" ? String(element.checked) : element.value;
    if (value === defaultOf(element)) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

async function copyLink(form) {
  rememberInUrl(form);
  try {
    await navigator.clipboard.writeText(location.href);
    showState(form, form.dataset.state, "copied");
  } catch {
    showState(form, form.dataset.state, "copy_failed");
  }
}

// ---------------------------------------------------------------------------------------------
// Charts: Chart.js (served by the site) loads only on pages whose forms draw one. Each chart
// starts from the numbers pre-rendered at build time and follows the results; the table beside
// it carries the same numbers for screen readers.

const chartScripts = new Map();
const drawnCharts = new WeakMap();

function loadChartJs(form) {
  const url = new URL(form.dataset.chartjs, new URL("../", import.meta.url)).href;
  if (!chartScripts.has(url)) {
    chartScripts.set(
      url,
      new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement("script"), { src: url, onload: resolve, onerror: reject });
        document.head.append(script);
      }),
    );
  }
  return chartScripts.get(url);
}

async function drawCharts(form, charts) {
  for (const figure of form.querySelectorAll("figure[data-chart]")) {
    const data = charts ? charts[Number(figure.dataset.chart)] : JSON.parse(figure.dataset.chartData);
    if (!data) continue;
    if (charts) fillChartTable(figure, data);
    try {
      await loadChartJs(form);
    } catch {
      return; // the tables still carry the numbers
    }
    drawChart(figure, data, form.dataset.lang);
  }
}

function fillChartTable(figure, data) {
  const rows = figure.querySelectorAll("tbody tr");
  data.labels.forEach((label, index) => {
    const cells = rows[index]?.querySelectorAll("th, td");
    if (!cells) return;
    cells[0].textContent = label;
    if (data.kind === "growth") data.series.forEach((series, column) => (cells[column + 1].textContent = series.texts[index]));
    else cells[1].textContent = data.series[0].texts[index];
  });
}

function drawChart(figure, data, lang) {
  const canvas = figure.querySelector("canvas");
  const style = getComputedStyle(document.body);
  const colors = [style.getPropertyValue("--md-primary-fg-color").trim(), style.getPropertyValue("--md-accent-fg-color").trim(), "#6d4c41", "#3949ab", "#f9a825", "#00838f", "#8e24aa", "#546e7a"];
  const number = (value) => (value === null || value === undefined ? null : Number(value));
  const datasets = data.series.map((series, index) => ({
    label: series.label,
    data: series.values.map(number),
    texts: series.texts,
    backgroundColor: data.kind === "growth" ? colors[index] : colors.slice(0, series.values.length),
    borderColor: colors[index],
  }));
  const existing = drawnCharts.get(canvas);
  if (existing) {
    existing.data.labels = data.labels;
    existing.data.datasets.forEach((dataset, index) => Object.assign(dataset, { data: datasets[index].data, texts: datasets[index].texts }));
    existing.update("none");
    return;
  }
  const money = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  drawnCharts.set(
    canvas,
    new window.Chart(canvas, {
      type: { bars: "bar", share: "doughnut", growth: "line" }[data.kind],
      data: { labels: data.labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: data.kind !== "bars" },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.dataset.texts[item.dataIndex]}` } },
        },
        scales: data.kind === "share" ? {} : { y: { beginAtZero: true, ticks: { callback: (value) => money.format(value) } } },
      },
    }),
  );
}

// ---------------------------------------------------------------------------------------------

if (typeof window === "undefined") {
  startWorker();
} else {
  startPage();
}
