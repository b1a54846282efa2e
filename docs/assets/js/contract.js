// The page ↔ worker protocol, written down once. Both sides import these types (types only: this
// module has no code, so importing it costs no request). The worker answers with what Python's
// `calculators.engine.evaluate_json` returns; its shape is mirrored here key for key.

/** @typedef {"en" | "fr"} Lang */

// ---------------------------------------------------------------------------------------------
// Page → worker

/**
 * Start Python: the runtime folder (Pyodide) and the package folder (the wheel and its
 * lockfile), as absolute URLs. Sent once per worker; later ones are ignored.
 * @typedef {object} BootMessage
 * @property {"boot"} type
 * @property {string} runtime
 * @property {string} package
 */

/**
 * A second currency beside US dollars, with the exchange rate as the reader typed it.
 * @typedef {object} DisplayCurrency
 * @property {string} currency "EUR" or "GBP"
 * @property {string} rate
 */

/**
 * Evaluate one calculator with the form's raw values, as typed, in the page's language.
 * @typedef {object} EvaluateMessage
 * @property {"evaluate"} type
 * @property {number} id answered by the result with the same id
 * @property {string} slug
 * @property {Lang} lang
 * @property {Record<string, string>} values
 * @property {DisplayCurrency | null} display
 */

/** @typedef {BootMessage | EvaluateMessage} PageMessage */

// ---------------------------------------------------------------------------------------------
// Worker → page

/**
 * How far Python has come: the runtime is downloading, then the calculators package.
 * @typedef {object} ProgressMessage
 * @property {"progress"} type
 * @property {"runtime" | "package"} stage
 */

/**
 * Python runs and the calculators are imported: evaluations are answered from now on.
 * @typedef {object} ReadyMessage
 * @property {"ready"} type
 */

/**
 * Why Python could not start: no usable runtime, a package that failed to load, or a wheel
 * that does not match the sha256 of its lockfile (which a restart would not fix).
 * @typedef {"runtime" | "package" | "integrity"} FailureReason
 */

/**
 * @typedef {object} FailedMessage
 * @property {"failed"} type
 * @property {FailureReason} reason
 * @property {string} detail
 */

/**
 * @typedef {object} ResultMessage
 * @property {"result"} type
 * @property {number} id
 * @property {Answer} result
 */

/**
 * The evaluation itself failed (Python raised): not the reader's input, which `Answer.errors`
 * reports.
 * @typedef {object} ResultErrorMessage
 * @property {"result-error"} type
 * @property {number} id
 * @property {string} detail
 */

/** @typedef {ProgressMessage | ReadyMessage | FailedMessage | ResultMessage | ResultErrorMessage} WorkerMessage */

// ---------------------------------------------------------------------------------------------
// What Python answers (calculators/engine.py: Evaluation.to_dict, evaluate_json, chart_data)

/**
 * One output's value as JSON: numbers as decimal strings, booleans, null for "not available",
 * lists of sentences.
 * @typedef {string | boolean | null | string[]} JsonValue
 */

/**
 * @typedef {object} Answer
 * @property {string} slug
 * @property {boolean} ok true when no field has an error
 * @property {Record<string, string>} errors by field name, in the page's language
 * @property {Record<string, JsonValue>} values by output name (empty when not ok)
 * @property {Record<string, string>} text by output name, written for the page's language
 * @property {ChartData[]} charts in the order the calculator declares them
 * @property {Record<string, string>} [converted] money outputs in the display currency
 * @property {string} [fx_error] why the exchange rate cannot be read
 */

/**
 * One line of a chart: its values (decimal strings, null where not available) and the same
 * values written for a reader.
 * @typedef {object} ChartSeries
 * @property {string} label
 * @property {JsonValue[]} values
 * @property {string[]} texts
 */

/**
 * The numbers behind one chart. BARS and SHARE charts have one series whose labels are the
 * outputs; a GROWTH chart has one series per output and a label per step of its `axis` input.
 * @typedef {object} ChartData
 * @property {"bars" | "share" | "growth"} kind
 * @property {string} title
 * @property {string[]} labels
 * @property {ChartSeries[]} series
 * @property {string} [axis] GROWTH only: the label of the input that grows
 */

export {};
