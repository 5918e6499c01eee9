export * from './primitives';
export * from './generated';
export * from './frames';
