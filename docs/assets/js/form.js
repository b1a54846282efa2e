// One calculator form, as the build rendered it (sitebuild/templates/form.html): reading its
// fields, showing its state, errors and results. Every text a reader sees comes from the page's
// HTML, the form's configuration or Python, already in the page's language; values are only
// ever written into form fields and text, never into the page's HTML.

import { configOf } from "./config.js";

/** @import { Answer, DisplayCurrency, Lang, MessageKey } from "./contract.js" */

/** @typedef {"static" | "loading" | "ready" | "error"} FormState */

/** @typedef {HTMLInputElement | HTMLSelectElement} Field */

/**
 * The inputs that Python reads: every named control but the outputs.
 * @param {HTMLFormElement} form
 * @returns {Field[]}
 */
export function fieldsOf(form) {
  return [...form.elements].filter(
    /** @returns {element is Field} */
    (element) => (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) && Boolean(element.name),
  );
}

/**
 * What a field holds, as Python reads it: the text, or "true"/"false" for a checkbox.
 * @param {Field} element
 * @returns {string}
 */
export function valueOf(element) {
  return element instanceof HTMLInputElement && element.type === "checkbox" ? String(element.checked) : element.value;
}

/**
 * What a field held when the page was built, in the same form as `valueOf`.
 * @param {Field} element
 * @returns {string}
 */
export function defaultOf(element) {
  if (element instanceof HTMLSelectElement) return [...element.options].find((option) => option.defaultSelected)?.value ?? "";
  if (element.type === "checkbox") return String(element.defaultChecked);
  return element.defaultValue;
}

/**
 * Put a field back to what it held when the page was built.
 * @param {Field} element
 */
function resetField(element) {
  if (element instanceof HTMLSelectElement) element.value = defaultOf(element);
  else if (element.type === "checkbox") element.checked = element.defaultChecked;
  else element.value = element.defaultValue;
}

/** @param {HTMLFormElement} form */
export function formValues(form) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const element of fieldsOf(form)) values[element.name] = valueOf(element);
  return values;
}

/** @param {HTMLFormElement} form */
export function formDiffersFromDefaults(form) {
  return fieldsOf(form).some((element) => valueOf(element) !== defaultOf(element));
}

/**
 * The calculator's slug and the page's language.
 * @param {HTMLFormElement} form
 * @returns {{ slug: string, lang: Lang }}
 */
export function identity(form) {
  return { slug: form.dataset.calculator ?? "", lang: form.dataset.lang ?? "en" };
}

/**
 * Set the form's state and, when the form carries it, the matching status line.
 * @param {HTMLFormElement} form
 * @param {FormState} state
 * @param {MessageKey} messageKey
 */
export function showState(form, state, messageKey) {
  form.dataset.state = state;
  const status = form.querySelector(".calc__status");
  const text = configOf(form).messages[messageKey];
  if (status && text !== undefined && status.textContent !== text) status.textContent = text;
}

/**
 * The form's current state, as the page last set it.
 * @param {HTMLFormElement} form
 * @returns {FormState}
 */
export function stateOf(form) {
  return /** @type {FormState} */ (form.dataset.state ?? "static");
}

/**
 * Every keystroke, change or Enter asks for a result at once (the runtime keeps one request in
 * flight per form); the form is never submitted to a server.
 * @param {HTMLFormElement} form
 * @param {(form: HTMLFormElement) => void} evaluate
 */
export function evaluateOnEdit(form, evaluate) {
  form.addEventListener("input", () => evaluate(form));
  form.addEventListener("change", () => evaluate(form));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    evaluate(form);
  });
}

/**
 * Wire the form's controls once (instant navigation may hand the same form over again).
 * @param {HTMLFormElement} form
 * @param {{ evaluate: (form: HTMLFormElement) => void, share: (form: HTMLFormElement) => void }} actions
 */
export function wireForm(form, { evaluate, share }) {
  if (form.dataset.wired) return;
  form.dataset.wired = "true";
  evaluateOnEdit(form, evaluate);
  form.querySelector("[data-share]")?.addEventListener("click", () => share(form));
  form.querySelector("[data-copy-command]")?.addEventListener("click", () => void copyCommand(form));
  const currency = form.querySelector("select[data-currency]");
  currency?.addEventListener("change", () => {
    if (!(currency instanceof HTMLSelectElement)) return;
    const code = currency.value;
    const rate = form.querySelector("input[data-fx]");
    const field = form.querySelector("[data-fx-field]");
    if (field instanceof HTMLElement) field.hidden = !code;
    if (code && rate instanceof HTMLInputElement) rate.value = configOf(form).fx_defaults[code] ?? rate.value;
  });
  form.querySelector("[data-reset]")?.addEventListener("click", () => {
    for (const element of fieldsOf(form)) if (element.closest(".calc__assumptions")) resetField(element);
    evaluate(form);
  });
}

/**
 * The second currency the reader chose, if any, with the rate as typed.
 * @param {HTMLFormElement} form
 * @returns {DisplayCurrency | null}
 */
export function displayCurrency(form) {
  const code = form.querySelector("select[data-currency]");
  const rate = form.querySelector("input[data-fx]");
  if (!(code instanceof HTMLSelectElement) || !code.value || !(rate instanceof HTMLInputElement)) return null;
  return { currency: code.value, rate: rate.value };
}

/**
 * Mark the results as about to change, for assistive technologies.
 * @param {HTMLFormElement} form
 */
export function markBusy(form) {
  form.querySelector(".calc__results")?.setAttribute("aria-busy", "true");
}

/**
 * Show Python's answer: field errors, or the new results (outputs and converted amounts).
 * Returns whether the answer had results; when it has errors, the last good result stays.
 * @param {HTMLFormElement} form
 * @param {Answer} answer
 * @returns {boolean}
 */
export function applyResult(form, answer) {
  form.querySelector(".calc__results")?.removeAttribute("aria-busy");
  for (const element of fieldsOf(form)) setFieldError(form, element, answer.errors[element.name]);
  if (!answer.ok) {
    showState(form, "ready", "invalid");
    return false;
  }
  showState(form, "ready", "ready");
  applyConversions(form, answer);
  for (const output of form.querySelectorAll("output[name]")) {
    if (!(output instanceof HTMLOutputElement)) continue;
    const value = answer.values[output.name];
    output.dataset.value = typeof value === "string" ? value : JSON.stringify(value);
    output.textContent = answer.text[output.name];
  }
  applyWorking(form, answer);
  applySensitivity(form, answer);
  return true;
}

/**
 * Refill the results at each end of the rates sources disagree on, and which moves them most.
 * @param {HTMLFormElement} form
 * @param {Answer} answer
 */
function applySensitivity(form, answer) {
  if (!answer.sensitivity) return;
  for (const row of answer.sensitivity.rows) {
    const line = form.querySelector(`tr[data-sensitivity="${CSS.escape(row.field)}"]`);
    if (!line) continue;
    line.querySelectorAll("[data-result]").forEach((cell, index) => {
      cell.textContent = row.texts[index] ?? "";
    });
    line.querySelectorAll("[data-rate]").forEach((cell, index) => {
      cell.textContent = `(${row.rates[index] ?? ""})`;
    });
  }
  const most = form.querySelector("[data-sensitivity-most]");
  if (most) most.textContent = answer.sensitivity.sentence;
}

/**
 * Refill "How this is calculated": the formula with the reader's numbers, and the command that
 * gives the same answer.
 * @param {HTMLFormElement} form
 * @param {Answer} answer
 */
function applyWorking(form, answer) {
  const steps = form.querySelector("[data-working]");
  if (steps) {
    steps.replaceChildren(
      ...answer.working.map((line) => {
        const item = document.createElement("li");
        item.textContent = line;
        return item;
      }),
    );
  }
  const command = form.querySelector("[data-command]");
  if (command && answer.command !== undefined) command.textContent = answer.command;
}

/**
 * Copy the command of "How this is calculated", and say whether it worked.
 * @param {HTMLFormElement} form
 */
async function copyCommand(form) {
  const text = form.querySelector("[data-command]")?.textContent ?? "";
  try {
    await navigator.clipboard.writeText(text);
    showState(form, stateOf(form), "command_copied");
  } catch {
    showState(form, stateOf(form), "copy_failed");
  }
}

/**
 * @param {HTMLFormElement} form
 * @param {Answer} answer
 */
function applyConversions(form, answer) {
  const rate = form.querySelector("input[data-fx]");
  if (rate instanceof HTMLInputElement) setFieldError(form, rate, answer.fx_error);
  for (const line of form.querySelectorAll("[data-converted]")) {
    if (!(line instanceof HTMLElement)) continue;
    const text = answer.converted?.[line.dataset.converted ?? ""];
    line.hidden = !text;
    line.textContent = text ?? "";
  }
}

/**
 * Show or clear the message under a field: `aria-invalid` on the field, and the message's id
 * in its `aria-describedby` (beside its help text) while there is one.
 * @param {HTMLFormElement} form
 * @param {HTMLInputElement | HTMLSelectElement} element
 * @param {string | undefined} message
 */
export function setFieldError(form, element, message) {
  const error = form.querySelector(`#${CSS.escape(element.id)}-error`);
  if (!(error instanceof HTMLElement)) return;
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

/**
 * An assumption lives in a collapsed section: open it when the reader must see the field.
 * @param {Element} element
 */
export function revealField(element) {
  const section = element.closest("details");
  if (section && !section.open) section.open = true;
}
