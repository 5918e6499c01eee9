import { apiVersionsHandler } from './api-versions';
import { fetchHandler } from './fetch';
import { metadataHandler } from './metadata';
import { produceHandler } from './produce';
import { HandlerRegistry } from './registry';

/** Every API this broker answers; one module per API key (see README.md for the versions chosen). */
export function createHandlerRegistry(): HandlerRegistry {
  return new HandlerRegistry()
    .register(produceHandler)
    .register(fetchHandler)
    .register(metadataHandler)
    .register(apiVersionsHandler);
}
