// The IATI import at its size limit: a file of about 10 MB of minimal activities — tens of
// thousands of them — is previewed (and its activities confirmed) without a server error. Each list
// the import sends to the database grows with the file, and PostgreSQL takes at most 32,767
// parameters in one statement.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import { MAX_IATI_FILE_BYTES } from "@/lib/domain/iati/read-file";
import { createAgreement } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: uploadRoute } = await import("@/app/api/v1/iati/import/route");
const { POST: confirmRoute } = await import("@/app/api/v1/iati/import/[id]/confirm/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let admin: Actor;
let adminToken: string;
let agreementId: string;

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  adminToken = await tokenFor(admin);
  agreementId = (await createAgreement(test.db)).id;
});

const activity = (n: number) =>
  `<iati-activity default-currency="USD"><iati-identifier>XM-SIZE-${n}</iati-identifier><title><narrative>Activity ${n}</narrative></title><reporting-org ref="XM-DAC-41302" type="40"/><activity-status code="2"/><default-aid-type code="D02"/></iati-activity>\n`;

const transaction = (n: number) =>
  `<transaction><transaction-type code="3"/><transaction-date iso-date="2023-05-01"/><value currency="USD" value-date="2023-05-01">${n}</value></transaction>\n`;

/** A file of at most `bytes`: `head`, then as many of `item(1)`, `item(2)`… as fit, then `tail`. */
function fileOfSize(bytes: number, item: (n: number) => string, head = '<iati-activities version="2.03">\n', tail = "</iati-activities>\n"): { xml: string; count: number } {
  const parts = [head];
  let size = head.length + tail.length;
  let count = 0;
  for (;;) {
    const next = item(count + 1);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
    count += 1;
  }
  parts.push(tail);
  return { xml: parts.join(""), count };
}

async function upload(xml: string) {
  const form = new FormData();
  form.set("file", new File([xml], "activities.xml", { type: "application/xml" }));
  form.set("agreementId", agreementId);
  const response = await uploadRoute(new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${adminToken}` }, body: form }), undefined);
  return { status: response.status, body: (await response.json()) as { data: IatiImportView; error?: unknown } };
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

describe("an IATI file at the size limit", () => {
  it("is previewed without a server error, every activity in it", async () => {
    const { xml, count } = fileOfSize(MAX_IATI_FILE_BYTES, activity);
    const started = performance.now();
    // How long the process is kept from serving anything else: the longest gap between turns of a timer.
    let last = performance.now();
    let longest = 0;
    const ticks = setInterval(() => {
      longest = Math.max(longest, performance.now() - last);
      last = performance.now();
    }, 10);
    const { status, body } = await upload(xml).finally(() => clearInterval(ticks));
    const took = performance.now() - started;
    // eslint-disable-next-line no-console -- the test reports the time the import took
    console.log(`iati-import-size: preview of ${count} activities (${(xml.length / 1024 / 1024).toFixed(1)} MB) in ${seconds(started)} s, the event loop held at most ${(longest / 1000).toFixed(1)} s at a time`);
    // The work yields: no single stretch holds the process for most of it (reading the XML itself is one).
    expect(longest).toBeLessThan(took / 3);
    expect(body.error).toBeUndefined();
    expect(status).toBe(201);
    expect(body.data.summary).toMatchObject({ activities: count, new: count });
    // More identifiers than PostgreSQL's 32,767 parameters, which one statement listing them would need.
    expect(count).toBeGreaterThan(32_767);
  }, 300_000);

  // A tenth of the limit, to keep the test's time bounded: each transaction is written and audited.
  // Its 6,700 transactions, of 10 columns each, are still twice what one statement can carry.
  it("is confirmed without a server error when one activity carries thousands of transactions", async () => {
    const { xml, count } = fileOfSize(MAX_IATI_FILE_BYTES / 10, transaction, `<iati-activities version="2.03">${activity(0).replace("</iati-activity>\n", "")}`, "</iati-activity></iati-activities>");
    let started = performance.now();
    const preview = await upload(xml);
    // eslint-disable-next-line no-console -- the test reports the time the import took
    console.log(`iati-import-size: preview of 1 activity with ${count} transactions in ${seconds(started)} s`);
    expect(preview.body.error).toBeUndefined();
    started = performance.now();
    const response = await confirmRoute(apiRequest(`/api/v1/iati/import/${preview.body.data.id}/confirm`, { method: "POST", token: adminToken, body: { activities: ["XM-SIZE-0"] } }), params({ id: preview.body.data.id }));
    // eslint-disable-next-line no-console -- the test reports the time the import took
    console.log(`iati-import-size: confirmation of ${count} transactions in ${seconds(started)} s`);
    expect(response.status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier: "XM-SIZE-0" }, select: { _count: { select: { transactions: true } } } });
    expect(program._count.transactions).toBe(count);
    expect(count).toBeGreaterThan(5_000);
  }, 300_000);
});
