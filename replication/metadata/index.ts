export * from './image';
export * from './features';
export * from './partition-change';
export * from './placement';
export * from './quorum-controller';
export * as replicationControl from './replication-control';
export * from './broker-publisher';
export * from './snapshot-generator';
