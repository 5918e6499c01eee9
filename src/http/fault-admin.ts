/**
 * Fault injection over HTTP, for suites that drive a Brook they did not start in-process (`brook serve`, a
 * startCluster member, a container): the ops listener serves these routes only when
 * `http.admin.faults.enable=true` (or `startBroker({ admin: true })`). They install the same controls as
 * `broker.faults` in code (src/server/faults.ts):
 *
 * - `POST /admin/faults` with a JSON body `{ "api": "Metadata" | 3, "action": "fail" | "delay" | "drop" |
 *   "close", "errorCode": 5, "delayMs": 200, "times": 2, "keep": true, "clientId": "only-this-client" }`
 *   installs one control and answers 201 with it (`id`, `apiKey`, `remaining`, `description`);
 * - `GET /admin/faults` lists the installed ones (`remaining` null: kept until removed);
 * - `DELETE /admin/faults?id=N` removes one, `DELETE /admin/faults` all (and heals the link fault);
 * - `POST /admin/faults/isolate` cuts this node off from the other nodes of its cluster (the link fault,
 *   Faults.isolate: inter-node traffic refused both ways, client connections untouched), `DELETE
 *   /admin/faults/isolate` heals it; both answer `{ "isolated": true | false }`, as GET does beside `faults`.
 *
 * Never enable it where untrusted clients reach the ops port: it lets anyone fail the broker's requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_BY_KEY } from '../../protocol/generated';
import type { FaultAction, Faults, InstalledFault } from '../server/faults';

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;
type Reply = (res: ServerResponse, status: number, body: unknown) => void;

const MAX_BODY_BYTES = 64 * 1024;

export function faultAdminRoutes(faults: () => Faults, reply: Reply): Record<string, Route> {
  return {
    'GET /admin/faults': (_req, res) =>
      reply(res, 200, { faults: faults().list().map(shown), isolated: faults().isolated }),
    'POST /admin/faults/isolate': (_req, res) => {
      faults().isolate();
      reply(res, 200, { isolated: true });
    },
    'DELETE /admin/faults/isolate': (_req, res) => {
      faults().heal();
      reply(res, 200, { isolated: false });
    },
    'POST /admin/faults': async (req, res) => {
      let spec: FaultSpec;
      try {
        spec = parseSpec(JSON.parse(await readBody(req)));
      } catch (error) {
        return reply(res, 400, { error: (error as Error).message });
      }
      const target = faults();
      const { clientId } = spec;
      target.control(
        spec.apiKey,
        (request) => (clientId === undefined || request.clientId === clientId ? spec.action : undefined),
        { keep: spec.keep, times: spec.times, description: spec.description },
      );
      const installed = target.list().at(-1)!;
      reply(res, 201, shown(installed));
    },
    'DELETE /admin/faults': (_req, res, url) => {
      const id = url.searchParams.get('id');
      if (id === null) {
        const removed = faults().list().length;
        faults().clear();
        return reply(res, 200, { removed });
      }
      if (!/^\d+$/.test(id)) return reply(res, 400, { error: `id must be a fault id from GET /admin/faults: ${id}` });
      return faults().remove(Number(id))
        ? reply(res, 200, { removed: 1 })
        : reply(res, 404, { error: `no installed fault has id ${id}` });
    },
  };
}

interface FaultSpec {
  apiKey: number;
  action: FaultAction;
  keep?: boolean;
  times?: number;
  clientId?: string;
  description: string;
}

/** Validates a POST body; throws with a message naming the bad field. */
function parseSpec(body: unknown): FaultSpec {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('the body must be a JSON object');
  const b = body as Record<string, unknown>;
  const apiKey = apiKeyOf(b.api);
  const count = (name: string, value: unknown, min: number): number => {
    if (!Number.isInteger(value) || (value as number) < min) throw new Error(`${name} must be an integer >= ${min}`);
    return value as number;
  };
  let action: FaultAction;
  switch (b.action) {
    case 'fail':
      action = { errorCode: count('errorCode', b.errorCode, -1) };
      break;
    case 'delay':
      action = { delayMs: count('delayMs', b.delayMs, 0) };
      break;
    case 'drop':
      action = { drop: true };
      break;
    case 'close':
      action = { close: true };
      break;
    default:
      throw new Error(`action must be one of fail, delay, drop, close (got ${JSON.stringify(b.action)})`);
  }
  if (b.keep !== undefined && typeof b.keep !== 'boolean') throw new Error('keep must be true or false');
  const times = b.times === undefined ? undefined : count('times', b.times, 1);
  if (b.clientId !== undefined && typeof b.clientId !== 'string') throw new Error('clientId must be a string');
  const name = API_BY_KEY[apiKey]!.name;
  const what = 'errorCode' in action ? ` ${action.errorCode}` : 'delayMs' in action ? ` ${action.delayMs} ms` : '';
  const description = `${b.action}${what} on ${name}${b.clientId === undefined ? '' : ` from ${b.clientId}`}`;
  return { apiKey, action, keep: b.keep, times, clientId: b.clientId, description };
}

/** An API by key number or name (`Metadata`, case-insensitive). */
function apiKeyOf(api: unknown): number {
  if (typeof api === 'number' && API_BY_KEY[api]) return api;
  if (typeof api === 'string') {
    const index = API_BY_KEY.findIndex((d) => d?.name.toLowerCase() === api.toLowerCase());
    if (index >= 0) return index;
  }
  throw new Error(`api must be an API name (Produce, Metadata, ...) or key number, got ${JSON.stringify(api)}`);
}

function shown(fault: InstalledFault): Record<string, unknown> {
  return {
    ...fault,
    api: API_BY_KEY[fault.apiKey]?.name,
    remaining: Number.isFinite(fault.remaining) ? fault.remaining : null,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`the body is larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
