import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "granted" | "refused" | "disabled";

/**
 * Whether an `Authorization` header opens /metrics: "disabled" when no METRICS_TOKEN is set (the
 * endpoint then does not exist), "granted" for `Bearer <the token>`, "refused" otherwise. Both
 * sides are hashed first so that the comparison takes the same time whatever was sent.
 */
export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(token)) ? "granted" : "refused";
}
