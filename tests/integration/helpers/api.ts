import type { Actor } from "@/lib/platform/authz";
import { createApiToken } from "@/lib/platform/api-tokens/create-api-token";
import { contextFor } from "./actors";

/** A live API token for `actor`, made the way the app makes them. */
export async function tokenFor(actor: Actor): Promise<string> {
  return (await createApiToken(contextFor(actor), { name: "test" })).token;
}

/** A request as an API client would send it, with a Bearer token when one is given. */
export function apiRequest(path: string, { token, method = "GET", body, language }: { token?: string; method?: string; body?: unknown; language?: string } = {}) {
  const headers = new Headers({ "x-request-id": `test-${crypto.randomUUID()}` });
  if (language) headers.set("accept-language", language);
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/**
 * `request` as a route handler receives it in the running app: after the proxy, with the request
 * headers the proxy passes on (Next.js carries them on the proxy's response) instead of the client's.
 */
export async function throughProxy(request: Request): Promise<Request> {
  const { proxy } = await import("@/proxy");
  const { NextRequest } = await import("next/server");
  const response = await proxy(new NextRequest(request.url, { method: request.method, headers: request.headers }));
  const names = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  const headers = new Headers();
  for (const name of names) headers.set(name, response.headers.get(`x-middleware-request-${name}`) ?? "");
  return new Request(request, { headers });
}
