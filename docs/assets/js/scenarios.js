// Scenarios: "Compare with another scenario" opens a second form, scenario B, below a calculator's
// form, scenario A. The build pre-renders both, B hidden (sitebuild/templates/form.html): B is a
// `form[data-scenario-of=slug]`, never a second `form[data-calculator]`, with the same named
// fields and one `<output name data-value>` per result in a table beside A's results and the
// difference B − A, which Python computes and writes (`calculators.engine.differences`).
//
// The address carries B's inputs that differ from their default under `slug.b.name` (A keeps
// `slug.name`), and `slug.b` while the comparison is open, so a shared link opens it with B
// filled. Opening the comparison adds a history entry: Back closes it (A keeps what it holds),
// Forward opens it again. Values are only ever written into form fields and text.

import { defaultOf, evaluateOnEdit, fieldsOf, revealField, setFieldError, valueOf } from "./form.js";
import { rememberInUrl } from "./share.js";

/** @import { Answer, EvaluateMessage } from "./contract.js" */

/** History updates are rate-limited by browsers: write the address once typing pauses. */
const URL_DELAY_MS = 250;

/** @type {WeakMap<HTMLFormElement, ReturnType<typeof setTimeout>>} */
const urlTimers = new WeakMap();

/** How the page evaluates a form (page.js): set by `wireScenarios`. */
let evaluateForm = /** @type {(form: HTMLFormElement) => void} */ (() => {});

/**
 * The address parameter that says the comparison is open, and those of B's inputs.
 * @param {string} slug
 * @param {string} [name]
 */
function parameter(slug, name) {
  return name === undefined ? `${slug}.b` : `${slug}.b.${name}`;
}

/**
 * @param {HTMLFormElement} form
 * @returns {string}
 */
function slugOf(form) {
  return form.dataset.calculator ?? form.dataset.scenarioOf ?? "";
}

/**
 * Whether the form is a scenario B.
 * @param {HTMLFormElement} form
 */
export function isScenario(form) {
  return Boolean(form.dataset.scenarioOf);
}

/**
 * The comparison panel of a calculator's form (A), if the build gave it one.
 * @param {HTMLFormElement} form
 * @returns {HTMLElement | null}
 */
function panelOf(form) {
  const panel = document.getElementById(`${slugOf(form)}-compare`);
  return panel?.dataset.scenarioPanel === slugOf(form) ? panel : null;
}

/**
 * Scenario B of a calculator's form, whether the comparison is open or not.
 * @param {HTMLFormElement} form
 * @returns {HTMLFormElement | null}
 */
function scenarioFormOf(form) {
  const b = panelOf(form)?.querySelector("form[data-scenario-of]");
  return b instanceof HTMLFormElement ? b : null;
}

/**
 * Scenario B of a calculator's form while the comparison is open.
 * @param {HTMLFormElement} form
 * @returns {HTMLFormElement | null}
 */
export function openScenarioOf(form) {
  const panel = panelOf(form);
  return panel && !panel.hidden ? scenarioFormOf(form) : null;
}

/**
 * Scenario A of a scenario B: the calculator's own form.
 * @param {HTMLFormElement} b
 * @returns {HTMLFormElement | null}
 */
function baseOf(b) {
  const a = document.querySelector(`form[data-calculator="${CSS.escape(slugOf(b))}"]`);
  return a instanceof HTMLFormElement ? a : null;
}

/** @param {string} slug */
function addressSaysOpen(slug) {
  return new URLSearchParams(location.search).has(parameter(slug));
}

/**
 * What to ask Python for scenario B: its values, with A's as the baseline of the difference.
 * Writes B's values into the address once typing pauses.
 * @param {HTMLFormElement} b
 * @returns {Omit<EvaluateMessage, "type" | "id"> | null}
 */
export function scenarioEvaluation(b) {
  const a = baseOf(b);
  if (!a) return null;
  clearTimeout(urlTimers.get(b));
  urlTimers.set(
    b,
    setTimeout(() => rememberScenario(b), URL_DELAY_MS),
  );
  /** @type {Record<string, string>} */
  const values = {};
  for (const element of fieldsOf(b)) values[element.name] = valueOf(element);
  /** @type {Record<string, string>} */
  const baseline = {};
  for (const element of fieldsOf(a)) if (element.name in values) baseline[element.name] = valueOf(element);
  return { slug: slugOf(b), lang: b.dataset.lang ?? "en", values, display: null, baseline };
}

/**
 * Write B's values into the address now, leaving out those at their default, and mark the
 * comparison open (or, when it is closed, take B out of the address).
 * @param {HTMLFormElement} b
 */
function rememberScenario(b) {
  const slug = slugOf(b);
  const a = baseOf(b);
  const open = a !== null && openScenarioOf(a) === b;
  const url = new URL(location.href);
  if (open) url.searchParams.set(parameter(slug), "1");
  else url.searchParams.delete(parameter(slug));
  for (const element of fieldsOf(b)) {
    const key = parameter(slug, element.name);
    const value = valueOf(element);
    if (!open || value === defaultOf(element)) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/**
 * Write scenario B into the address at once, if it is open (before copying a link).
 * @param {HTMLFormElement} form
 */
export function rememberScenarioNow(form) {
  const b = openScenarioOf(form);
  if (!b) return;
  clearTimeout(urlTimers.get(b));
  rememberScenario(b);
}

/**
 * Set one field as the address or scenario A has it.
 * @param {HTMLInputElement | HTMLSelectElement} element
 * @param {string} value
 */
function setField(element, value) {
  if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = value === "true";
  else element.value = value;
}

/**
 * Fill B from the address: its parameters, or the defaults for those it leaves out.
 * @param {HTMLFormElement} b
 */
function restoreScenario(b) {
  const params = new URLSearchParams(location.search);
  for (const element of fieldsOf(b)) {
    setField(element, params.get(parameter(slugOf(b), element.name)) ?? defaultOf(element));
  }
}

/**
 * Fill B with what A holds now: the comparison starts from the reader's numbers.
 * @param {HTMLFormElement} a
 * @param {HTMLFormElement} b
 */
function copyScenario(a, b) {
  const held = new Map(fieldsOf(a).map((element) => [element.name, valueOf(element)]));
  for (const element of fieldsOf(b)) {
    const value = held.get(element.name);
    if (value !== undefined) setField(element, value);
  }
}

/**
 * Show or hide the comparison, and say so on the button.
 * @param {HTMLFormElement} a
 * @param {boolean} open
 */
function show(a, open) {
  const panel = panelOf(a);
  const button = a.querySelector("[data-compare]");
  if (!panel || !button) return;
  panel.hidden = !open;
  button.setAttribute("aria-expanded", String(open));
  if (!open && panel.contains(document.activeElement) && button instanceof HTMLElement) button.focus();
}

/**
 * Open the comparison from the button: B starts as a copy of A, in a new history entry.
 * @param {HTMLFormElement} a
 * @param {HTMLFormElement} b
 */
function openComparison(a, b) {
  rememberInUrl(a); // the entry Back returns to holds A as it is now
  copyScenario(a, b);
  show(a, true);
  const url = new URL(location.href);
  url.searchParams.set(parameter(slugOf(a)), "1");
  history.pushState(history.state, "", url);
  rememberScenario(b);
  evaluateForm(b);
  const first = fieldsOf(b)[0];
  if (first) {
    revealField(first);
    first.focus();
  }
}

/**
 * Close the comparison from the button: this history entry forgets B.
 * @param {HTMLFormElement} a
 * @param {HTMLFormElement} b
 */
function closeComparison(a, b) {
  show(a, false);
  clearTimeout(urlTimers.get(b));
  rememberScenario(b);
}

/** Back and Forward: open or close each comparison as the address now says. */
function followHistory() {
  for (const a of document.querySelectorAll("form[data-calculator]")) {
    if (!(a instanceof HTMLFormElement)) continue;
    const b = scenarioFormOf(a);
    if (!b || !a.dataset.scenariosWired) continue;
    const wanted = addressSaysOpen(slugOf(a));
    if (wanted === Boolean(openScenarioOf(a))) continue;
    clearTimeout(urlTimers.get(b));
    if (wanted) restoreScenario(b);
    show(a, wanted);
    // A keeps what the reader typed: the address follows the form, not the other way round.
    evaluateForm(a);
  }
}

let followingHistory = false;

/**
 * Wire a calculator's compare button and its scenario B once, and open the comparison when the
 * address says so (a shared link).
 * @param {HTMLFormElement} a
 * @param {(form: HTMLFormElement) => void} evaluate the page's evaluation, for A and B alike
 */
export function wireScenarios(a, evaluate) {
  evaluateForm = evaluate;
  if (!followingHistory) {
    followingHistory = true;
    window.addEventListener("popstate", followHistory);
  }
  const button = a.querySelector("[data-compare]");
  const b = scenarioFormOf(a);
  if (!button || !b || a.dataset.scenariosWired) return;
  a.dataset.scenariosWired = "true";
  evaluateOnEdit(b, evaluate);
  button.addEventListener("click", () => {
    if (openScenarioOf(a)) closeComparison(a, b);
    else openComparison(a, b);
  });
  if (addressSaysOpen(slugOf(a))) {
    restoreScenario(b);
    show(a, true);
  }
}

/**
 * Show Python's answer for scenario B: field errors, or B's results and the differences, beside
 * A's results as A's form shows them. When B has errors, its last good results stay.
 * @param {HTMLFormElement} b
 * @param {Answer} answer
 */
export function applyScenario(b, answer) {
  for (const element of fieldsOf(b)) setFieldError(b, element, answer.errors[element.name]);
  b.dataset.state = "ready";
  const a = baseOf(b);
  if (a) showScenarioA(a);
  if (!answer.ok) return;
  for (const output of b.querySelectorAll("output[name]")) {
    if (!(output instanceof HTMLOutputElement)) continue;
    const value = answer.values[output.name];
    output.dataset.value = typeof value === "string" ? value : JSON.stringify(value);
    output.textContent = answer.text[output.name] ?? "";
  }
  for (const row of b.querySelectorAll("tr[data-compare]")) {
    if (!(row instanceof HTMLElement)) continue;
    const cell = row.querySelector("[data-difference]");
    if (cell) cell.textContent = answer.difference?.[row.dataset.compare ?? ""] ?? "";
  }
}

/**
 * Copy A's results, as its form shows them, into the comparison's A column.
 * @param {HTMLFormElement} a
 */
export function showScenarioA(a) {
  const b = openScenarioOf(a);
  if (!b) return;
  for (const row of b.querySelectorAll("tr[data-compare]")) {
    if (!(row instanceof HTMLElement)) continue;
    const output = a.querySelector(`output[name="${CSS.escape(row.dataset.compare ?? "")}"]`);
    const cell = row.querySelector("[data-scenario-a]");
    if (output && cell) cell.textContent = output.textContent;
  }
}
