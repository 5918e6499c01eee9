import {
  type IncrementalAlterConfigsRequest,
  type IncrementalAlterConfigsResponse,
  IncrementalAlterConfigsResponseCodec,
} from '../../protocol/generated';
import { ErrorCode } from '../errors';
import { alterResource, repeatedResourceRefusal } from './config-changes';
import type { ApiHandler } from './types';

/** IncrementalAlterConfigs (44), v0-1: SET, DELETE, APPEND and SUBTRACT (list keys) per config key. */
export const incrementalAlterConfigsHandler: ApiHandler<
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsResponse
> = {
  apiKey: 44,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const response = IncrementalAlterConfigsResponseCodec.defaults();
    for (const r of request.resources) {
      const changes = r.configs.map((c) => ({ name: c.name, operation: c.configOperation, value: c.value }));
      // Kafka's ConfigAdminManager refuses a resource named twice, then one naming a key twice, before anything else.
      const outcome =
        repeatedResourceRefusal(request.resources, r) ??
        (new Set(changes.map((c) => c.name)).size < changes.length
          ? { errorCode: ErrorCode.InvalidRequest, errorMessage: 'Error due to duplicate config keys' }
          : await alterResource(r.resourceType, r.resourceName, changes, false, request.validateOnly, ctx));
      response.responses.push({ ...outcome, resourceType: r.resourceType, resourceName: r.resourceName });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = IncrementalAlterConfigsResponseCodec.defaults();
    response.responses = request.resources.map((r) => ({
      errorCode,
      errorMessage: null,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
    }));
    return response;
  },
};
