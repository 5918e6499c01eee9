import { alterConfigsHandler } from './alter-configs';
import { apiVersionsHandler } from './api-versions';
import { createPartitionsHandler } from './create-partitions';
import { createTopicsHandler } from './create-topics';
import { deleteRecordsHandler } from './delete-records';
import { deleteTopicsHandler } from './delete-topics';
import { describeClusterHandler } from './describe-cluster';
import { describeConfigsHandler } from './describe-configs';
import { describeLogDirsHandler } from './describe-log-dirs';
import { fetchHandler } from './fetch';
import { incrementalAlterConfigsHandler } from './incremental-alter-configs';
import { listOffsetsHandler } from './list-offsets';
import { metadataHandler } from './metadata';
import { offsetForLeaderEpochHandler } from './offset-for-leader-epoch';
import { produceHandler } from './produce';
import { HandlerRegistry } from './registry';

/** Every API this broker answers; one module per API key (see README.md for the versions chosen). */
export function createHandlerRegistry(): HandlerRegistry {
  return new HandlerRegistry()
    .register(produceHandler)
    .register(fetchHandler)
    .register(listOffsetsHandler)
    .register(metadataHandler)
    .register(apiVersionsHandler)
    .register(createTopicsHandler)
    .register(deleteTopicsHandler)
    .register(deleteRecordsHandler)
    .register(offsetForLeaderEpochHandler)
    .register(describeConfigsHandler)
    .register(alterConfigsHandler)
    .register(describeLogDirsHandler)
    .register(createPartitionsHandler)
    .register(incrementalAlterConfigsHandler)
    .register(describeClusterHandler);
}
