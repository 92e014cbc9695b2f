// Parse TeX math in the real engines: node check_math.cjs katex|mathjax < items.json > failures.json
//
// stdin: [{"id": any, "tex": "...", "display": bool}, ...]; stdout: {"engine", "version", "checked", "failures":
// [{"id", "error"}]}. Called by tests/test_math_engines.py with every math expression of the Markdown outputs.
// KaTeX: throwOnError, so a parse error or an unknown macro is an exception, as on a page it would be a red
// .katex-error. MathJax 3 (es5/node-main.js on Node 20): the TeX input with every package except `noundefined`
// (which would print an unknown macro in red instead of failing), `autoload` and `require` (which would load
// extensions on demand instead of failing) and `bussproofs` (proof trees; it needs an output jax, and
// tex2mml has none), and formatError rethrowing, so an undefined macro is an error.
"use strict";
const fs = require("node:fs");

function readItems() {
  const items = JSON.parse(fs.readFileSync(0, "utf8"));
  if (!Array.isArray(items)) throw new Error("expected a JSON list of {id, tex, display}");
  return items;
}

function report(engine, version, items, check) {
  const failures = [];
  for (const it of items) {
    try {
      check(it.tex, Boolean(it.display));
    } catch (err) {
      failures.push({ id: it.id, error: String((err && err.message) || err) });
    }
  }
  process.stdout.write(JSON.stringify({ engine, version, checked: items.length, failures }));
}

function katex(items) {
  const k = require("katex");
  report("katex", k.version, items, (tex, display) => k.renderToString(tex, { displayMode: display, throwOnError: true }));
}

function mathjax(items) {
  require("mathjax-full/es5/node-main.js")
    .init({
      loader: { load: ["input/tex-full"] },
      tex: {
        packages: { "[-]": ["noundefined", "autoload", "require", "bussproofs"] },
        formatError: (_jax, err) => {
          throw err;
        },
      },
    })
    .then((MathJax) => {
      const version = MathJax.version;
      report("mathjax", version, items, (tex, display) => MathJax.tex2mml(tex, { display }));
    })
    .catch((err) => {
      process.stderr.write(`MathJax failed to start: ${(err && err.stack) || err}\n`);
      process.exit(3);
    });
}

const engine = process.argv[2];
const items = readItems();
if (engine === "katex") katex(items);
else if (engine === "mathjax") mathjax(items);
else {
  process.stderr.write("usage: node check_math.cjs katex|mathjax < items.json\n");
  process.exit(2);
}
