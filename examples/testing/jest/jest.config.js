// In your project: `npm install --save-dev brook kafkajs jest` and drop the moduleNameMapper line.
// Inside Brook's repository the example uses the built package (`npm run build` at the root first).
const { join } = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {}, // plain CommonJS: nothing to compile
  moduleNameMapper: { '^brook/testing$': join(__dirname, '../../../dist/src/testing/index.js') },
};
