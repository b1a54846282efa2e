// Trim Pyodide's standard library to what the site runs, compiled to bytecode by Pyodide's own
// Python 3.14 (never the host's). Called by sitebuild/stdlib.py:
//   node sitebuild/stdlib.mjs WHEEL OUTPUT_ZIP
// Two interpreters of the npm package (whole standard library), so that the tool's own imports
// never count as the site's:
// 1. A scout installs the calculators wheel and lists every module its code names, lazy imports
//    included (read with `ast`).
// 2. A clean interpreter starts as the browser's worker does, imports the calculators from the
//    wheel as the worker does (docs/assets/js/worker/wheel.js: as a zip, everything preloaded),
//    imports every module the scout listed and runs every calculator (valid and invalid input,
//    both languages, a second currency); a third makes a memory snapshot as the snapshot worker
//    does. Every standard-library module loaded by either, Pyodide's start-up included, is compiled and written, deflated, to OUTPUT_ZIP: GitHub Pages does not compress
//    .zip files, so the archive compresses itself. The command line (calculators.cli) is not the
//    browser's and is left out.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";
import { importCalculators } from "../docs/assets/js/worker/wheel.js";

const [wheel, output] = process.argv.slice(2);
const quiet = { messageCallback: () => {} };

const scout = await loadPyodide();
await scout.loadPackage(path.resolve(wheel), quiet);
const named = scout.runPython(`
import ast, json, sys
import calculators

named = set()
for name, module in list(sys.modules.items()):
    if name.split(".")[0] != "calculators" or not getattr(module, "__file__", None):
        continue
    for node in ast.walk(ast.parse(open(module.__file__, encoding="utf-8").read())):
        if isinstance(node, ast.Import):
            named.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            named.add(node.module)
json.dumps(sorted(name for name in named if not name.startswith("calculators")))
`);

// What Python's start-up loads when the snapshot worker makes a snapshot of it.
const spare = await loadPyodide({ fullStdLib: false, _makeSnapshot: true });
importCalculators(spare, readFileSync(wheel));
spare.makeMemorySnapshot();
const atSnapshot = spare.runPython("import json, sys; json.dumps([m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)])");

const pyodide = await loadPyodide({ fullStdLib: false });
importCalculators(pyodide, readFileSync(wheel));
pyodide.globals.set("NAMED", named);
pyodide.globals.set("AT_SNAPSHOT", atSnapshot);
pyodide.runPython(`
import importlib, json, sys
from calculators import CALCULATORS, evaluate_json

for name in json.loads(NAMED):
    importlib.import_module(name)
for slug, calculator in CALCULATORS.items():
    for lang in ("en", "fr"):
        evaluate_json(slug, "{}", lang, "null")
        evaluate_json(slug, json.dumps({field.name: "?" for field in calculator.fields}), lang, "null")
        evaluate_json(slug, "{}", lang, json.dumps({"currency": "EUR", "rate": "0.9"}))
LOADED = [module for module in list(sys.modules.values())]
`);
const zipped = pyodide.runPython(`
import importlib.util, io, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

STDLIB = "/lib/python%d%d.zip/" % sys.version_info[:2]
source = zipfile.ZipFile(STDLIB.rstrip("/"))
files = {file for file in json.loads(AT_SNAPSHOT) if file.startswith(STDLIB) and file.endswith(".py")}
for module in LOADED:
    file = getattr(module, "__file__", None) or ""
    frozen = getattr(getattr(module, "__spec__", None), "origin", None) == "frozen"
    if file.startswith(STDLIB) and file.endswith(".py") and not frozen:  # frozen ones are in the wasm
        files.add(file)
kept = io.BytesIO()
with zipfile.ZipFile(kept, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as trimmed:
    for file in sorted(files):
        inside = file[len(STDLIB):]
        text = source.read(inside)
        code = compile(text, file, "exec", dont_inherit=True)
        entry = zipfile.ZipInfo(inside + "c", date_time=(1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        trimmed.writestr(entry, bytes(_code_to_hash_pyc(code, importlib.util.source_hash(text), False)), compresslevel=9)
kept.getvalue()
`);
writeFileSync(output, zipped.toJs());
zipped.destroy();
