import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import type { Actor, Viewer } from "./actor";
import { can } from "./can";
import { requirePermission } from "./require";
import { exchangeReadWhere } from "./where";
import { problem } from "@/lib/platform/i18n/problem";

/** Whether `viewer` may edit or delete an exchange sent by `fromCountryCode`: ADMIN, or a ministry of that country. */
export function mayChangeExchange(viewer: Viewer, exchange: { fromCountryCode: string }): boolean {
  if (!can(viewer, "exchange.log")) return false;
  return viewer.role === "ADMIN" || (viewer.role === "GOVERNMENT" && viewer.countryCode === exchange.fromCountryCode);
}

/**
 * The actor who may change the exchange: refused (401/403) for a role that does not log exchanges,
 * not found (404) when the actor may not see it, refused (403) when they may see it but it was not
 * sent by their country.
 */
export async function loadExchangeForChange(client: Pick<DbTx, "informationExchange">, viewer: Viewer, id: string): Promise<{ actor: Actor; exchange: { id: string; fromCountryCode: string } }> {
  const actor = requirePermission(viewer, "exchange.log");
  const exchange = await client.informationExchange.findFirst({ where: { AND: [{ id }, exchangeReadWhere(actor)] }, select: { id: true, fromCountryCode: true } });
  if (!exchange) throw new AppError("NOT_FOUND", problem("AuthzProblem.exchangeNotFound"));
  if (!mayChangeExchange(actor, exchange)) throw new AppError("FORBIDDEN", problem("AuthzProblem.exchangeNotYours"));
  return { actor, exchange };
}
