// Time one full call (parse, validate, compute, format, charts) per calculator inside Pyodide under Node.
// Usage: node benchmarks/calls.mjs PACKAGE_DIR REPEATS ROUNDS (prints JSON: slug -> microseconds per
// call, the best of ROUNDS rounds, as benchmarks/calls.py does in CPython)
import path from "node:path";
import { loadPyodide } from "pyodide";

const [packageDir, repeats, rounds] = process.argv.slice(2);
const pyodide = await loadPyodide({ lockFileURL: path.join(packageDir, "pyodide-lock.json"), packageBaseUrl: packageDir + path.sep });
await pyodide.loadPackage("calculators", { messageCallback: () => {} });
const timings = pyodide.runPython(`
import json, time
from calculators import CALCULATORS, evaluate_json
timings = {}
for slug in CALCULATORS:
    evaluate_json(slug, "{}", "fr")
    number = ${Number(repeats)} // ${Number(rounds)}
    best = None
    for _ in range(${Number(rounds)}):
        started = time.perf_counter()
        for _ in range(number):
            evaluate_json(slug, "{}", "fr")
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    timings[slug] = best / number * 1e6
json.dumps(timings)
`);
process.stdout.write(timings);
