// Charts: Chart.js (served by the site) loads only on pages whose forms draw one. Each chart
// starts from the numbers pre-rendered at build time and follows the results; the table beside
// it carries the same numbers for screen readers. The value axis is written in the unit Python
// chose for the chart (`axis_format`), the way the page's language writes numbers.

import { configOf } from "./config.js";
import { siteRoot } from "./site-root.js";

/** @import { Chart, ChartConfiguration, ChartDataset, ChartType } from "chart.js" */
/** @import { AxisFormat, ChartData, JsonValue, NumberStyle } from "./contract.js" */

/** @typedef {typeof Chart} ChartClass */

/** @type {Map<string, Promise<unknown>>} */
const chartScripts = new Map();

/**
 * A drawn chart, and the texts its tooltips show (the values as the page writes them).
 * @typedef {object} DrawnChart
 * @property {Chart} chart
 * @property {string[][]} texts one list per dataset
 */

/** @type {WeakMap<HTMLCanvasElement, DrawnChart>} */
const drawnCharts = new WeakMap();

/** @type {Record<ChartData["kind"], ChartType>} */
const CHART_TYPES = { bars: "bar", share: "doughnut", growth: "line" };

/**
 * Load Chart.js once per visit, as a classic script (it defines `window.Chart`).
 * @param {HTMLFormElement} form
 * @returns {Promise<unknown>}
 */
function loadChartJs(form) {
  const url = new URL(configOf(form).chartjs ?? "", siteRoot).href;
  let loading = chartScripts.get(url);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement("script"), { src: url, onload: resolve, onerror: reject });
      document.head.append(script);
    });
    chartScripts.set(url, loading);
  }
  return loading;
}

/**
 * Whether the form draws charts.
 * @param {HTMLFormElement} form
 */
export function hasCharts(form) {
  return Boolean(configOf(form).chartjs);
}

/**
 * Draw (or update) every chart of the form: from `charts`, Python's latest answer, or, without
 * it, from the numbers of the default values in the form's configuration (which the tables
 * already show). With new numbers, the tables change too.
 * @param {HTMLFormElement} form
 * @param {ChartData[]} [charts]
 */
export async function drawCharts(form, charts) {
  for (const figure of form.querySelectorAll("figure[data-chart]")) {
    if (!(figure instanceof HTMLElement)) continue;
    /** @type {ChartData | undefined} */
    const data = (charts ?? configOf(form).charts)[Number(figure.dataset.chart)];
    if (!data) continue;
    if (charts) fillChartTable(figure, data);
    try {
      await loadChartJs(form);
    } catch {
      return; // the tables still carry the numbers
    }
    drawChart(figure, data, form.dataset.lang ?? "en", configOf(form).numbers);
  }
}

/**
 * @param {HTMLElement} figure
 * @param {ChartData} data
 */
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

/** @param {JsonValue} value */
function toNumber(value) {
  return value === null || value === undefined ? null : Number(value);
}

/**
 * @param {HTMLElement} figure
 * @param {ChartData} data
 * @param {string} lang
 * @param {NumberStyle} numbers
 */
function drawChart(figure, data, lang, numbers) {
  const canvas = figure.querySelector("canvas");
  if (!canvas) return;
  const style = getComputedStyle(document.body);
  const colors = [
    style.getPropertyValue("--md-primary-fg-color").trim(),
    style.getPropertyValue("--md-accent-fg-color").trim(),
    "#6d4c41",
    "#3949ab",
    "#f9a825",
    "#00838f",
    "#8e24aa",
    "#546e7a",
  ];
  /** @type {ChartDataset<ChartType, (number | null)[]>[]} */
  const datasets = data.series.map((series, index) => ({
    label: series.label,
    data: series.values.map(toNumber),
    backgroundColor: data.kind === "growth" ? colors[index] : colors.slice(0, series.values.length),
    borderColor: colors[index],
  }));
  const texts = data.series.map((series) => series.texts);
  const existing = drawnCharts.get(canvas);
  if (existing) {
    existing.chart.data.labels = data.labels;
    existing.chart.data.datasets.forEach((dataset, index) => (dataset.data = datasets[index].data));
    existing.texts = texts;
    existing.chart.update("none");
    return;
  }
  const format = axisFormatter(data.axis_format, lang, numbers);
  /** @param {{ dataset: { label?: string }, datasetIndex: number, dataIndex: number }} item */
  const tooltip = (item) => `${item.dataset.label}: ${drawnCharts.get(canvas)?.texts[item.datasetIndex]?.[item.dataIndex] ?? ""}`;
  /** @type {ChartConfiguration<ChartType, (number | null)[], string>} */
  const config = {
    type: CHART_TYPES[data.kind],
    data: { labels: data.labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: data.kind !== "bars" },
        tooltip: { callbacks: { label: tooltip } },
      },
      scales:
        data.kind === "share"
          ? {}
          : {
              y: {
                beginAtZero: true,
                ticks: { callback: (value) => format(Number(value)), ...(data.axis_format === "count" ? { precision: 0 } : {}) },
              },
            },
    },
  };
  drawnCharts.set(canvas, { chart: new (chartClass())(canvas, config), texts });
}

/** @returns {ChartClass} */
function chartClass() {
  return /** @type {Window & { Chart: ChartClass }} */ (/** @type {unknown} */ (window)).Chart;
}

/**
 * Write an axis's numbers the way the page's language writes them elsewhere, as Python does
 * (calculators/numbers.py): Intl.NumberFormat rounds and groups the digits; the separators, the
 * minus sign and where the symbol goes come from the site's own rules (`style`). Intl alone
 * would not do: in Chromium, French percentages get a no-break space (U+00A0) where the site
 * writes a narrow one (U+202F), and negative numbers a hyphen where it writes a minus sign.
 * @param {AxisFormat} format
 * @param {string} lang
 * @param {NumberStyle} style
 * @returns {(value: number) => string}
 */
export function axisFormatter(format, lang, style) {
  const digits = new Intl.NumberFormat(lang, { maximumFractionDigits: format === "count" ? 0 : 2, signDisplay: "never" });
  /** @type {Partial<Record<Intl.NumberFormatPartTypes, string>>} */
  const separators = { group: style.group, decimal: style.decimal };
  return (value) => {
    const number = digits
      .formatToParts(value)
      .map((part) => separators[part.type] ?? part.value)
      .join("");
    const sign = value < 0 && /[1-9]/.test(number) ? style.minus : "";
    if (format === "money") return fill(style.money, { sign, symbol: style.symbol, number });
    if (format === "percent") return fill(style.percent, { number: sign + number });
    return sign + number;
  };
}

/**
 * @param {string} pattern with `{name}` placeholders
 * @param {Record<string, string>} values
 */
function fill(pattern, values) {
  return pattern.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
}
