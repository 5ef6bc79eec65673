// The unit run behind `npm test`: every project's own Jest config in one Jest process, so the
// results add up in one report. `nx run <project>:test` runs one project's specs.
const path = require('node:path');
const { readdirSync, existsSync } = require('node:fs');

const root = path.resolve(__dirname, '../../..');

function findConfigs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || ['node_modules', 'dist', 'src', '.data'].includes(entry.name)) return [];
    const child = path.join(dir, entry.name);
    const config = path.join(child, 'jest.config.cjs');
    return existsSync(config) ? [config] : findConfigs(child);
  });
}

module.exports = {
  rootDir: root,
  projects: ['apps', 'libs'].flatMap((top) => findConfigs(path.join(root, top))),
};
