// What a first visit to the sign-in page downloads in JavaScript: the entry chunk, the sign-in
// page's lazy chunk, and every chunk either imports statically, gzipped. Fails above the budget.
// Run after `nx run web:build` (the `size` target depends on it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const SIGN_IN_PAGE = /\/pages\/sign-in-page\.tsx$/;

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = resolve(workspaceRoot, 'dist/apps/web');
const manifestPath = resolve(outDir, '.vite/manifest.json');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

if (!existsSync(manifestPath)) fail(`no ${manifestPath}; run \`nx run web:build\` first`);
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const keys = Object.keys(manifest);
const entry = keys.find((key) => manifest[key].isEntry);
const signIn = keys.find((key) => SIGN_IN_PAGE.test(key));
if (!entry) fail('the manifest has no entry chunk');
if (!signIn) fail('the manifest has no chunk for the sign-in page (is it still lazy-loaded?)');

/** @type {Set<string>} */
const chunks = new Set();
/** @param {string} key */
const visit = (key) => {
  if (chunks.has(key)) return;
  chunks.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entry);
visit(signIn);

/** @param {number} bytes */
const kB = (bytes) => (bytes / 1000).toFixed(1);
/** @param {string} file */
const sizes = (file) => {
  const content = readFileSync(resolve(outDir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
};
const js = [...chunks].map((key) => sizes(manifest[key].file)).sort((a, b) => b.gzip - a.gzip);
const css = [...new Set([...chunks].flatMap((key) => manifest[key].css ?? []))].map(sizes);

const width = Math.max(...[...js, ...css].map((row) => row.file.length));
console.log(`${'chunk'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`);
for (const row of js) {
  console.log(`${row.file.padEnd(width)}  ${kB(row.raw).padStart(8)}  ${kB(row.gzip).padStart(8)}`);
}
const total = js.reduce((sum, row) => sum + row.gzip, 0);
const cssTotal = css.reduce((sum, row) => sum + row.gzip, 0);
console.log(
  `\nSign-in page JavaScript: ${kB(total)} kB gzipped (budget ${BUDGET_KB} kB), in ${js.length} chunks`,
);
if (css.length) console.log(`(and ${kB(cssTotal)} kB of CSS gzipped, not counted)`);

if (total > BUDGET_KB * 1000) fail(`over budget by ${kB(total - BUDGET_KB * 1000)} kB`);
