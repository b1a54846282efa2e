// The browser contract, written down once: the page ↔ worker messages, Python's answer
// (`calculators.engine.Answer`, what `evaluate_json` returns) and each form's configuration
// (`sitebuild.forms.FormConfig`). Both sides import these types (types only: this module has no
// code, so importing it costs no request). The Python TypedDicts are mirrored key for key, and
// tests/unit/test_browser_contract.py checks that they agree. See "The browser contract" in
// CONTRIBUTING.md.

/** @typedef {string} Lang a language of the site, "en" or "fr" (calculators/data/locales.toml) */

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
 * @property {Record<string, string>} values every named control of the form, `monthly_goal` included
 * @property {DisplayCurrency | null} display
 * @property {Record<string, string> | null} [baseline] scenario A's values, as typed, when this is
 *   scenario B of a comparison: the answer then carries `difference`
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
// Worker → its snapshot helper (worker/snapshot-worker.js)

/**
 * Make and save a memory snapshot of a Python started with these options (the worker's own).
 * @typedef {object} SnapshotMessage
 * @property {"snapshot"} type
 * @property {import("pyodide").PyodideConfig} options
 */

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
 * @property {Record<string, JsonValue>} values by output name (empty when not ok); on a calculator
 *   that answers a goal, the goal's outputs follow (`goal_low`/`goal_high` or `goal_needed`), for
 *   the `monthly_goal` the values held (its errors are in `errors` under that name)
 * @property {Record<string, string>} text by output name, written for the page's language
 * @property {ChartData[]} charts in the order the calculator declares them
 * @property {string[]} working the formula in words, one line per step, filled with the reader's
 *   numbers (empty when not ok, or when the calculator writes none)
 * @property {Sensitivity} [sensitivity] on calculators that declare rates with a sourced low and high
 * @property {string} [command] the `python -m calculators` command giving the same answer
 * @property {Record<string, string>} [converted] money outputs in the display currency
 * @property {string} [fx_error] why the exchange rate cannot be read
 * @property {Record<string, string>} [difference] when a baseline was sent: each number result
 *   less the baseline's (scenario B − scenario A), written for the page's language
 */

/**
 * One rate with a sourced low and high: its input and output, then, at the low end, at the
 * reader's value and at the high end, the output as JSON, as text, and the rate as text.
 * @typedef {object} SensitivityRow
 * @property {string} field
 * @property {string} label
 * @property {string} output
 * @property {string} output_label
 * @property {JsonValue[]} values
 * @property {string[]} texts
 * @property {string[]} rates
 */

/**
 * How much the result depends on its uncertain rates, and which moves it most.
 * @typedef {object} Sensitivity
 * @property {SensitivityRow[]} rows
 * @property {string} most the field that moves its result most
 * @property {string} sentence saying so, in the page's language
 */

/**
 * How a chart's value axis is written: in US dollars, in percent, in whole numbers, or plainly.
 * Python decides it from the kind of the outputs the chart plots.
 * @typedef {"money" | "percent" | "count" | "number"} AxisFormat
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
 * @property {AxisFormat} axis_format
 * @property {string} [axis] GROWTH only: the label of the input that grows
 */

// ---------------------------------------------------------------------------------------------
// Each form's configuration: JSON in the form's `data-config` attribute (sitebuild/forms.py,
// sitebuild/templates/form.html)

/**
 * The status lines a form shows, by what happened.
 * @typedef {"static" | "loading" | "loading_package" | "ready" | "invalid" | "error" | "integrity" | "copied" | "copy_failed" | "command_copied" | "results_copied"} MessageKey
 */

/**
 * How the page's language writes numbers (calculators/data/locales.toml), for the numbers the
 * page writes itself: the charts' axes. `money` and `percent` are patterns with `{sign}`,
 * `{symbol}` and `{number}`.
 * @typedef {object} NumberStyle
 * @property {string} decimal
 * @property {string} group
 * @property {string} minus
 * @property {string} percent
 * @property {string} money
 * @property {string} symbol the US dollar's
 */

/**
 * @typedef {object} FormConfig
 * @property {string} runtime the Pyodide runtime's folder, relative to the site root
 * @property {string} package the calculators wheel's folder (with its lockfile), likewise
 * @property {string | null} chartjs Chart.js, likewise, on forms that draw charts
 * @property {Record<MessageKey, string>} messages the status lines, in the page's language
 * @property {Record<string, string>} fx_defaults each second currency's default rate, as typed
 * @property {ChartData[]} charts the numbers of the default values, drawn before Python runs
 * @property {NumberStyle} numbers
 */

export {};
