import type { ApiHandler } from './types';

/** The API keys this broker answers, each with its handler module (one module per key, as kfake's files). */
export class HandlerRegistry {
  private readonly handlers = new Map<number, ApiHandler>();

  register(handler: ApiHandler): this {
    if (this.handlers.has(handler.apiKey)) throw new Error(`API key ${handler.apiKey} registered twice`);
    if (handler.minVersion > handler.maxVersion) throw new Error(`API key ${handler.apiKey}: empty version range`);
    this.handlers.set(handler.apiKey, handler);
    return this;
  }

  get(apiKey: number): ApiHandler | undefined {
    return this.handlers.get(apiKey);
  }

  /** Every registered key in ascending order, with the range ApiVersions advertises. */
  advertised(): { apiKey: number; minVersion: number; maxVersion: number }[] {
    return [...this.handlers.values()]
      .sort((a, b) => a.apiKey - b.apiKey)
      .map((h) => ({ apiKey: h.apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }));
  }
}
