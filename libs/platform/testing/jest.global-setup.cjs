// Jest loads global setup files with Node's own require, which knows neither TypeScript path aliases
// nor decorators: so the setup is bundled the way the apps are, then run. Teardown reuses the bundle.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const bundle = path.join(root, 'dist/test-setup/integration-services.js');

module.exports = async function globalSetup() {
  execFileSync(
    process.execPath,
    ['libs/platform/build/build-node.mjs', 'libs/api/database/src/testing/integration-services.ts', bundle],
    { cwd: root, stdio: 'inherit' },
  );
  await require(bundle).setup();
};
