// ESLint's flat configuration: `make lint` runs `eslint .`. The types are TypeScript's job
// (tsconfig.json); this catches the rest: unused code, shadowed names, undeclared globals.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["site/", "build/", "node_modules/", ".venv/", ".zensical-venv/", ".lock-venv/", "test-results/"] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      eqeqeq: ["error", "always"],
      "no-shadow": "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none" }],
      "object-shorthand": "error",
    },
  },
  // The page's modules, and the benchmark's baseline that stands in for them.
  { files: ["docs/assets/js/*.js", "benchmarks/baseline.js"], languageOptions: { globals: globals.browser } },
  { files: ["docs/assets/js/worker/*.js"], languageOptions: { globals: globals.worker } },
  { files: ["docs/sw.js"], languageOptions: { sourceType: "script", globals: globals.serviceworker } },
  { files: ["**/*.mjs", "eslint.config.js"], languageOptions: { globals: globals.node } },
];
