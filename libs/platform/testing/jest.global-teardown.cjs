const path = require('node:path');

module.exports = async function globalTeardown() {
  await require(path.resolve(__dirname, '../../../dist/test-setup/integration-services.js')).teardown();
};
