// Time one full call (parse, validate, compute, format) per calculator inside Pyodide under Node.
// Usage: node benchmarks/calls.mjs PACKAGE_DIR REPEATS  (prints JSON: slug -> microseconds per call)
import path from "node:path";
import { loadPyodide } from "pyodide";

const [packageDir, repeats] = process.argv.slice(2);
const pyodide = await loadPyodide({ lockFileURL: path.join(packageDir, "pyodide-lock.json"), packageBaseUrl: packageDir + path.sep });
await pyodide.loadPackage("calculators", { messageCallback: () => {} });
const timings = pyodide.runPython(`
import json, time
from calculators import CALCULATORS, evaluate_json
timings = {}
for slug in CALCULATORS:
    evaluate_json(slug, "{}", "fr")
    started = time.perf_counter()
    for _ in range(${Number(repeats)}):
        evaluate_json(slug, "{}", "fr")
    timings[slug] = (time.perf_counter() - started) / ${Number(repeats)} * 1e6
json.dumps(timings)
`);
process.stdout.write(timings);
