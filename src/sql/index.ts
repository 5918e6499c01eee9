/**
 * `brook/sql`: the SQL processor as a library. The engine (SqlEngine) runs ksqlDB statements over a TopicDriver:
 * MemoryDriver keeps topics in memory (unit tests of a query, no broker), KafkaDriver talks to any Kafka cluster
 * (Brook or the official one) over the wire. startSqlService serves ksqlDB's REST API for an engine of its own,
 * as `brook sql-server` does. Functions are ksqlDB's library (builtinRegistry); user functions go in a
 * FunctionRegistry passed to the engine.
 */
export { type EngineOptions, SqlEngine, type StatementResult } from './engine/engine';
export { builtinRegistry, createRegistry, FunctionRegistry } from './functions';
export type {
  Header,
  InRecord,
  OutRecord,
  SubscribeOptions,
  Subscription,
  TopicDriver,
  TopicSpec,
} from './io/driver';
export { KafkaDriver, type KafkaDriverOptions } from './io/kafka';
export { MemoryDriver } from './io/memory';
export {
  createSqlService,
  type SqlHandler,
  type SqlService,
  type SqlServiceOptions,
  startSqlService,
} from './rest';
