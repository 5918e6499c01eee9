// Preload for fallback.test.ts: makes the optional native codec packages look uninstalled, as on a machine
// where their prebuilt binaries are missing.
const Module = require('node:module');
const blocked = new Set(['lz4-napi', '@mongodb-js/zstd', '@node-rs/crc32']);
const load = Module._load;
Module._load = function (request, ...rest) {
  if (blocked.has(request)) {
    const error = new Error(`Cannot find module '${request}' (blocked by without-native.cjs)`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return load.call(this, request, ...rest);
};
