import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { toMoney } from "@/lib/platform/api/money";
import { pageQuery, toPage } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute, errorResponse } from "@/lib/platform/api/respond";
import { AppError } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/log";

const ZBody = z.object({ title: z.string().min(1, "Enter a title"), amount: z.string() });

function jsonRequest(body: string, contentType = "application/json") {
  return new Request("http://localhost/api/v1/things", { method: "POST", body, headers: { "content-type": contentType } });
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("pageQuery", () => {
  const url = (query: string) => new URL(`http://localhost/api/v1/programs${query}`);

  it("defaults to 25 rows and no cursor", () => {
    expect(pageQuery(url(""))).toEqual({ limit: 25 });
  });

  it.each(["0", "101", "ten", "2.5", "-1"])("refuses limit=%s with a field error", (limit) => {
    let error: unknown;
    try {
      pageQuery(url(`?limit=${limit}`));
    } catch (caughtError) {
      error = caughtError;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    expect((error as AppError).fieldErrors?.limit?.[0]).toMatch(/limit/);
  });

  it("accepts the bounds", () => {
    expect(pageQuery(url("?limit=1&cursor=abc"))).toEqual({ limit: 1, cursor: "abc" });
    expect(pageQuery(url("?limit=100")).limit).toBe(100);
  });
});

describe("toPage", () => {
  it("gives a next cursor only when there is another row", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(toPage(rows, 2, (row) => row.id)).toEqual({ data: rows.slice(0, 2), page: { limit: 2, nextCursor: "b" } });
    expect(toPage(rows, 3, (row) => row.id).page.nextCursor).toBeNull();
  });
});

describe("readJson", () => {
  it("returns the validated body", async () => {
    expect(await readJson(jsonRequest('{"title":"A","amount":"1.50"}'), ZBody)).toEqual({ title: "A", amount: "1.50" });
  });

  it("refuses malformed JSON as invalid input", async () => {
    const error = await caught(readJson(jsonRequest('{"title":'), ZBody));
    expect([error.code, error.status]).toEqual(["INVALID_INPUT", 400]);
  });

  it("refuses a body that is not JSON", async () => {
    expect((await caught(readJson(jsonRequest("title=A", "application/x-www-form-urlencoded"), ZBody))).status).toBe(415);
  });

  it("refuses an oversized body", async () => {
    expect((await caught(readJson(jsonRequest(`"${"x".repeat(1_000_001)}"`), ZBody))).status).toBe(413);
  });
});

describe("errorResponse and apiRoute", () => {
  it("turns invalid fields into 400 with field errors", async () => {
    const route = apiRoute(async (request) => Response.json(await readJson(request, ZBody)));
    const response = await route(jsonRequest('{"title":""}'), {});
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.fieldErrors).toEqual({ title: ["Enter a title"], amount: [expect.any(String)] });
  });

  it("maps each AppError to its status", async () => {
    const response = errorResponse(new AppError("STALE_VERSION", "Someone else changed this program."));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "STALE_VERSION", message: "Someone else changed this program." } });
  });

  it("hides an unexpected error behind a generic message and a request id", async () => {
    const route = apiRoute(async () => {
      throw new Error("connection string postgres://secret@db leaked");
    });
    const response = await route(new Request("http://localhost/x", { headers: { "x-request-id": "req-1" } }), {});
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "INTERNAL", requestId: "req-1" });
    expect(JSON.stringify(body)).not.toContain("secret");
  });

  it("logs an unexpected error with our request id and the client's own beside it", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const route = apiRoute(async () => {
      throw new Error("boom");
    });
    const headers = { "x-request-id": "8d2f6c1e-3b7a-4c9e-9f10-2a4b6c8d0e1f", "x-client-request-id": "client-batch-42" };
    const response = await route(new Request("http://localhost/x", { headers }), {});
    expect((await response.json()).error.requestId).toBe("8d2f6c1e-3b7a-4c9e-9f10-2a4b6c8d0e1f");
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: "8d2f6c1e-3b7a-4c9e-9f10-2a4b6c8d0e1f", clientRequestId: "client-batch-42" }),
      "unhandled error in API route",
    );
    logged.mockRestore();
  });
});

describe("toMoney", () => {
  it("keeps exact decimals as strings rounded to the currency's minor unit", () => {
    expect(toMoney("0.30000000000000004", "USD")).toEqual({ amount: "0.30", currency: "USD" });
    expect(toMoney("123456789012345.675", "EUR")).toEqual({ amount: "123456789012345.68", currency: "EUR" });
    expect(toMoney("1500", "COP", 0)).toEqual({ amount: "1500", currency: "COP" });
  });
});
