// The baseline: how other Pyodide-in-MkDocs projects load Python. The runtime runs on the main
// thread and starts as soon as the page loads; results appear once it is up. It is put into a
// copy of the measured page in place of the site's own script, so both carry the same page.
const form = document.querySelector("form[data-calculator]");
const config = JSON.parse(form.dataset.config);
const root = new URL(config.runtime, document.baseURI.replace(/[^/]*$/, "") + form.dataset.root);
const packageDir = new URL(config.package, document.baseURI.replace(/[^/]*$/, "") + form.dataset.root);
form.dataset.state = "loading";
const { loadPyodide } = await import(new URL("pyodide.mjs", root).href);
const pyodide = await loadPyodide({
  indexURL: root.href,
  lockFileURL: new URL("pyodide-lock.json", packageDir).href,
  packageBaseUrl: packageDir.href,
});
await pyodide.loadPackage("calculators", { messageCallback: () => {} });
const evaluate = pyodide.pyimport("calculators").evaluate_json;
const result = JSON.parse(evaluate(form.dataset.calculator, "{}", form.dataset.lang));
for (const output of form.querySelectorAll("output[name]")) output.textContent = result.text[output.name];
performance.mark("calculators:ready"); // as the site's runtime-client.js does: the WebKit figures read it
form.dataset.state = "ready";
