import cluster from "node:cluster";
import type { Registry } from "prom-client";

/** The messages a server process and the cluster's primary (scripts/serve-cluster.cjs) exchange for a scrape. */
const REQUEST = "lct:metrics-request";
const RESPONSE = "lct:metrics-response";
const TIMEOUT_MS = 10_000;

type Response = { type: typeof RESPONSE; id: number; metrics?: string; error?: string };

let nextId = 0;

/**
 * The metrics text of the whole server. A process started alone reports its own registry; one of
 * several processes behind one port (WEB_CONCURRENCY) asks the primary, which gathers every
 * process's registry and sums them, so that a scrape says the same whichever process it lands on.
 * Throws when the primary does not answer in time.
 */
export function serverMetrics(registry: Registry): Promise<string> {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.off("message", listen);
      reject(new Error(`The server's other processes did not report their metrics within ${TIMEOUT_MS / 1000} s.`));
    }, TIMEOUT_MS);
    function listen(message: unknown) {
      const response = message as Partial<Response> | null;
      if (response?.type !== RESPONSE || response.id !== id) return;
      clearTimeout(timer);
      process.off("message", listen);
      if (typeof response.metrics === "string") resolve(response.metrics);
      else reject(new Error(response.error ?? "The cluster's primary sent no metrics."));
    }
    process.on("message", listen);
    process.send!({ type: REQUEST, id });
  });
}
