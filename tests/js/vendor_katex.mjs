// Copy KaTeX's browser build from the pinned npm package into generator/assets/katex/.
//
// Why vendored: `nnwalk render --format html` writes KaTeX beside the page so a student can open it
// offline by double-click (never a CDN), and nnwalk must not need node or the network to do that.
// Only what a page needs is copied: katex.min.js, katex.min.css rewritten to load the woff2 fonts
// alone (every browser that runs KaTeX reads woff2; the .woff/.ttf copies would triple the size),
// the 20 woff2 fonts, KaTeX's MIT license, and a VERSION file. Run after `npm ci` in tests/js:
//   node tests/js/vendor_katex.mjs
// tests/test_math_engines.py checks that the vendored copy is this package's version.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("katex/package.json"));
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
const dist = join(pkgDir, "dist");
const out = join(here, "..", "..", "generator", "assets", "katex");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "fonts"), { recursive: true });
copyFileSync(join(dist, "katex.min.js"), join(out, "katex.min.js"));
const css = readFileSync(join(dist, "katex.min.css"), "utf8").replace(
  /,url\(fonts\/[^)]+\.woff\) format\("woff"\),url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g,
  "",
);
if (/\.woff\)|\.ttf\)/.test(css)) throw new Error("katex.min.css: could not drop the woff/ttf sources");
writeFileSync(join(out, "katex.min.css"), css);
const fonts = readdirSync(join(dist, "fonts")).filter((f) => f.endsWith(".woff2"));
for (const f of fonts) copyFileSync(join(dist, "fonts", f), join(out, "fonts", f));
copyFileSync(join(pkgDir, "LICENSE"), join(out, "LICENSE"));
writeFileSync(join(out, "VERSION"), `KaTeX ${version}, vendored by nnwalk from the npm package (tests/js/vendor_katex.mjs)\n`);
console.log(`vendored KaTeX ${version}: katex.min.js, katex.min.css, ${fonts.length} woff2 fonts -> ${out}`);
