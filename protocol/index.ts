export * from './compression';
export * from './crc32c';
export * from './error-codes';
export * from './frames';
export * from './generated';
export * from './murmur2';
export * from './primitives';
export * from './records';
