export { BrokerConfig, ConfigError, loadBrokerConfig } from './config';
export { ErrorCode, errorName, KafkaError } from './errors';
export { createLogger, type Logger, type LogLevel } from './log';
export { Broker, type BrokerOptions, StartupError } from './server/broker';
export { BROOK_VERSION } from './version';
