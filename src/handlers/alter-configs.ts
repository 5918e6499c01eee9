import {
  type AlterConfigsRequest,
  type AlterConfigsResponse,
  AlterConfigsResponseCodec,
} from '../../protocol/generated';
import { alterResource, ConfigOperation, repeatedResourceRefusal } from './config-changes';
import type { ApiHandler } from './types';

/** AlterConfigs (33), v0-2: replaces a topic's overrides (or this broker's dynamic configs) with the given set. */
export const alterConfigsHandler: ApiHandler<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: 33,
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const response = AlterConfigsResponseCodec.defaults();
    for (const r of request.resources) {
      const changes = r.configs.map((c) => ({ name: c.name, operation: ConfigOperation.Set, value: c.value }));
      const outcome =
        repeatedResourceRefusal(request.resources, r) ??
        (await alterResource(r.resourceType, r.resourceName, changes, true, request.validateOnly, ctx));
      response.responses.push({ ...outcome, resourceType: r.resourceType, resourceName: r.resourceName });
    }
    return response;
  },
  errorResponse(request, errorCode) {
    const response = AlterConfigsResponseCodec.defaults();
    response.responses = request.resources.map((r) => ({
      errorCode,
      errorMessage: null,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
    }));
    return response;
  },
};
