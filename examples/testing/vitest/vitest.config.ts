// In your project: `npm install --save-dev brook kafkajs vitest` and drop the alias.
// Inside Brook's repository the example uses the built package (`npm run build` at the root first).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'brook/testing': fileURLToPath(new URL('../../../dist/src/testing/index.js', import.meta.url)) },
  },
  // Brook and kafkajs are CommonJS packages Node loads as they are.
  server: { deps: { external: [/\/dist\//, /node_modules/] } },
});
