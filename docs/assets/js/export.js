// Export: the form's inputs and results as text (copied), CSV or JSON (downloaded), read from the
// form as the reader sees it. Labels and texts are the page's, already in its language; values
// are the ones Python reads and writes (`data-value`, the CLI's JSON).

import { fieldsOf, identity, showState, stateOf, valueOf } from "./form.js";

/**
 * One line of an export: an input or a result.
 * @typedef {object} ExportRow
 * @property {"input" | "result"} section
 * @property {string} name
 * @property {string} label
 * @property {string} value as typed for an input; the JSON value for a result
 * @property {string} text as the reader reads it
 */

/**
 * @param {HTMLFormElement} form
 * @param {Element} element
 * @returns {string}
 */
function labelOf(form, element) {
  const label = element.id ? form.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
  if (label) return (label.textContent ?? "").trim();
  const labelledBy = element.getAttribute("aria-labelledby");
  const named = labelledBy ? form.querySelector(`#${CSS.escape(labelledBy)}`) : null;
  return (named?.textContent ?? "").trim();
}

/**
 * Every input and every result of the form, in the order the page shows them.
 * @param {HTMLFormElement} form
 * @returns {ExportRow[]}
 */
export function exportRows(form) {
  /** @type {ExportRow[]} */
  const rows = [];
  for (const element of fieldsOf(form)) {
    const value = valueOf(element);
    const text =
      element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.textContent ?? value).trim() : value;
    rows.push({ section: "input", name: element.name, label: labelOf(form, element), value, text });
  }
  for (const output of form.querySelectorAll("output[name]")) {
    if (!(output instanceof HTMLOutputElement)) continue;
    rows.push({
      section: "result",
      name: output.name,
      label: labelOf(form, output),
      value: output.dataset.value ?? "",
      text: (output.textContent ?? "").trim(),
    });
  }
  return rows;
}

/**
 * The results as a reader would paste them into a message: the title, then "label: text" lines.
 * @param {HTMLFormElement} form
 * @returns {string}
 */
export function resultsText(form) {
  const title = (form.querySelector(".calc__title")?.textContent ?? "").trim();
  const lines = exportRows(form).map((row) => `${row.label}: ${row.text}`);
  return [title, ...lines, location.href].join("\n");
}

/**
 * RFC 4180 CSV, one row per input and result, with machine-readable headers.
 * @param {ExportRow[]} rows
 * @returns {string}
 */
export function toCsv(rows) {
  /** @param {string} cell */
  const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = [["section", "name", "label", "value", "text"], ...rows.map((row) => [row.section, row.name, row.label, row.value, row.text])];
  return lines.map((line) => line.map(quote).join(",")).join("\r\n") + "\r\n";
}

/**
 * The same as JSON: inputs as typed, results as the CLI's JSON values, texts as shown.
 * @param {HTMLFormElement} form
 * @param {ExportRow[]} rows
 * @returns {string}
 */
export function toJson(form, rows) {
  const { slug, lang } = identity(form);
  /** @param {"input" | "result"} section */
  const pick = (section) => rows.filter((row) => row.section === section);
  const document = {
    calculator: slug,
    lang,
    inputs: Object.fromEntries(pick("input").map((row) => [row.name, row.value])),
    results: Object.fromEntries(pick("result").map((row) => [row.name, parseValue(row.value)])),
    text: Object.fromEntries(pick("result").map((row) => [row.name, row.text])),
    labels: Object.fromEntries(rows.map((row) => [row.name, row.label])),
  };
  return JSON.stringify(document, null, 2) + "\n";
}

/**
 * A `data-value` back to its JSON value: a decimal string stays a string; `null`, booleans and
 * lists are JSON.
 * @param {string} value
 * @returns {unknown}
 */
function parseValue(value) {
  if (value === "null" || value === "true" || value === "false" || value.startsWith("[")) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * @param {HTMLFormElement} form
 * @param {"csv" | "json"} format
 */
export function download(form, format) {
  const rows = exportRows(form);
  const body = format === "csv" ? toCsv(rows) : toJson(form, rows);
  const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${identity(form).slug}.${format}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Copy the results as text, and say whether it worked.
 * @param {HTMLFormElement} form
 */
export async function copyResults(form) {
  try {
    await navigator.clipboard.writeText(resultsText(form));
    showState(form, stateOf(form), "results_copied");
  } catch {
    showState(form, stateOf(form), "copy_failed");
  }
}

/**
 * Wire the export buttons once.
 * @param {HTMLFormElement} form
 */
export function wireExport(form) {
  if (form.dataset.exportWired) return;
  form.dataset.exportWired = "true";
  form.querySelector("[data-copy-results]")?.addEventListener("click", () => void copyResults(form));
  for (const button of form.querySelectorAll("[data-download]")) {
    if (!(button instanceof HTMLElement)) continue;
    const format = button.dataset.download === "json" ? "json" : "csv";
    button.addEventListener("click", () => download(form, format));
  }
}
