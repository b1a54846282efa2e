// Evaluate a list of calculator cases inside Pyodide under Node, with the wheel and lockfile
// exactly as the built site ships them. Usage: node run_golden.mjs PACKAGE_DIR CASES_JSON
// (PACKAGE_DIR is the site's assets/calculators/<hash>/; the runtime is the pinned npm package,
// the standard library the site's trimmed one from PACKAGE_DIR, so a module it lacks fails here).
// Twice, with the site's own code: in a Python that imported the wheel, as a first visit does,
// and in one started from a memory snapshot, as a later visit does (the wheel's files gone).
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";
import { makeMemorySnapshot, startPyodide } from "../../docs/assets/js/worker/pyodide-compat.js";
import { importCalculators } from "../../docs/assets/js/worker/wheel.js";

const [packageDir, casesFile] = process.argv.slice(2);
const options = {
  stdLibURL: path.join(packageDir, "python_stdlib.zip"),
  fullStdLib: false,
  lockFileURL: path.join(packageDir, "pyodide-lock.json"),
  packageBaseUrl: packageDir + path.sep,
};
const cases = JSON.parse(readFileSync(casesFile, "utf8"));

/** @param {import("pyodide").PyodideAPI} pyodide */
function evaluateAll(pyodide) {
  const evaluateJson = pyodide.pyimport("calculators").evaluate_json;
  return cases.map(({ slug, values, lang }) => JSON.parse(evaluateJson(slug, JSON.stringify(values), lang)));
}

const lock = JSON.parse(readFileSync(options.lockFileURL, "utf8"));
const wheel = readFileSync(path.join(packageDir, lock.packages.calculators.file_name));
const pyodide = await loadPyodide({ ...options }); // a copy: loadPyodide adds to what it is given
importCalculators(pyodide, wheel);
const results = evaluateAll(pyodide);
const version = pyodide.runPython("import sys; sys.version.split()[0]");

const snapshot = await makeMemorySnapshot(loadPyodide, options, wheel);
const restored = await startPyodide(loadPyodide, options, snapshot);
const resident = restored.runPython("import sys; 'calculators' in sys.modules");
const restoredResults = evaluateAll(restored);
process.stdout.write(JSON.stringify({ version, results, resident, restoredResults, snapshotBytes: snapshot.length }));
