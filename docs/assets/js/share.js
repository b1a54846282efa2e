// Sharing: the address carries every input that differs from its default, as the reader typed
// it, under the calculator's slug (`?live-gifts.coins=1500`), so a page with two calculators
// keeps them apart. Values are only ever written into form fields, never into the page's HTML.

import { defaultOf, fieldsOf, revealField, showState, stateOf, valueOf } from "./form.js";

/** History updates are rate-limited by browsers: write the address once typing pauses. */
const URL_DELAY_MS = 250;

/** @type {WeakMap<HTMLFormElement, ReturnType<typeof setTimeout>>} */
const urlTimers = new WeakMap();

/**
 * @param {HTMLFormElement} form
 * @param {string} name
 */
function parameter(form, name) {
  return `${form.dataset.calculator}.${name}`;
}

/**
 * Fill the form from the address, as a shared link left it.
 * @param {HTMLFormElement} form
 */
export function restoreFromUrl(form) {
  const params = new URLSearchParams(location.search);
  for (const element of fieldsOf(form)) {
    const value = params.get(parameter(form, element.name));
    if (value === null) continue;
    if (element instanceof HTMLInputElement && element.type === "checkbox") element.checked = value === "true";
    else element.value = value;
    revealField(element); // a shared link that changes an assumption shows it
  }
}

/**
 * Write the form's values into the address once typing pauses.
 * @param {HTMLFormElement} form
 */
export function rememberInUrlSoon(form) {
  clearTimeout(urlTimers.get(form));
  urlTimers.set(
    form,
    setTimeout(() => rememberInUrl(form), URL_DELAY_MS),
  );
}

/**
 * Write the form's values into the address now, leaving out those at their default.
 * @param {HTMLFormElement} form
 */
export function rememberInUrl(form) {
  const url = new URL(location.href);
  for (const element of fieldsOf(form)) {
    const key = parameter(form, element.name);
    const value = valueOf(element);
    if (value === defaultOf(element)) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}

/**
 * Copy a link to the form's numbers, and say whether it worked.
 * @param {HTMLFormElement} form
 */
export async function copyLink(form) {
  rememberInUrl(form);
  try {
    await navigator.clipboard.writeText(location.href);
    showState(form, stateOf(form), "copied");
  } catch {
    showState(form, stateOf(form), "copy_failed");
  }
}
