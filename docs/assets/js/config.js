// Each form's configuration: the JSON the build writes into the form's `data-config` (see
// contract.js, FormConfig). Read once per form.

/** @import { FormConfig } from "./contract.js" */

/** @type {WeakMap<HTMLFormElement, FormConfig>} */
const configs = new WeakMap();

/**
 * @param {HTMLFormElement} form
 * @returns {FormConfig}
 */
export function configOf(form) {
  let config = configs.get(form);
  if (!config) {
    config = /** @type {FormConfig} */ (JSON.parse(form.dataset.config ?? "null"));
    configs.set(form, config);
  }
  return config;
}
