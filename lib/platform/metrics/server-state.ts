import { AsyncLocalStorage } from "node:async_hooks";
import { collectDefaultMetrics, Registry } from "prom-client";

/** What the app knows about the request being answered, filled as it learns it. */
export type RequestStore = { userId?: string };

/**
 * State shared with the server hook (scripts/server-hook/state.cjs), which creates it before
 * Next.js loads: the hook's modules and the app's bundled ones are different module instances, so
 * they meet on globalThis. Without the hook (tests, a server started without it) the app creates it.
 */
export type ServerState = {
  /** Set on SIGTERM: the instance is stopping and takes no new work from the load balancer. */
  draining: boolean;
  /** The one Prometheus registry that /metrics reports. */
  registry: Registry;
  /** One store per HTTP request, entered by the hook when the request arrives. */
  requests: AsyncLocalStorage<RequestStore>;
};

const SERVER_STATE = Symbol.for("labour-cooperation-tracker.server");

/** The process's shared server state. */
export function serverState(): ServerState {
  const holder = globalThis as { [SERVER_STATE]?: ServerState };
  if (!holder[SERVER_STATE]) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    holder[SERVER_STATE] = { draining: false, registry, requests: new AsyncLocalStorage() };
  }
  return holder[SERVER_STATE];
}
