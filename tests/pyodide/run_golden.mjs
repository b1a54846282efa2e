// Evaluate a list of calculator cases inside Pyodide under Node, with the wheel and lockfile
// exactly as the built site ships them. Usage: node run_golden.mjs PACKAGE_DIR CASES_JSON
// (PACKAGE_DIR is the site's assets/calculators/<hash>/; the runtime is the pinned npm package,
// the standard library the site's trimmed one from PACKAGE_DIR, so a module it lacks fails here).
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";

const [packageDir, casesFile] = process.argv.slice(2);
const pyodide = await loadPyodide({
  stdLibURL: path.join(packageDir, "python_stdlib.zip"),
  fullStdLib: false,
  lockFileURL: path.join(packageDir, "pyodide-lock.json"),
  packageBaseUrl: packageDir + path.sep,
});
await pyodide.loadPackage("calculators", { messageCallback: () => {} });
const evaluateJson = pyodide.pyimport("calculators").evaluate_json;
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const results = cases.map(({ slug, values, lang }) => JSON.parse(evaluateJson(slug, JSON.stringify(values), lang)));
const version = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ version, results }));
