// The test SMTP server itself: a message sent by nodemailer over SMTP arrives parsed, and a
// refused message is refused with a temporary failure the sender sees.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

describe("startSmtpInbox", () => {
  it("receives and parses what an SMTP client sends, and refuses when told to", async () => {
    const transport = nodemailer.createTransport(inbox.url);
    const waiting = inbox.waitFor((mail) => mail.subject === "Héllo");
    await transport.sendMail({ from: "a@tracker.test", to: { name: "Ana Pérez", address: "ana@example.org" }, subject: "Héllo", text: "Línea 1\nhttps://tracker.test/x" });
    const mail = await waiting;
    expect(mail.envelope).toEqual({ from: "a@tracker.test", to: ["ana@example.org"] });
    expect(mail.text).toContain("Línea 1\nhttps://tracker.test/x");
    inbox.refuseNext(1);
    await expect(transport.sendMail({ from: "a@tracker.test", to: "b@example.org", subject: "No", text: "x" })).rejects.toThrow(/451/);
    await transport.sendMail({ from: "a@tracker.test", to: "b@example.org", subject: "Yes", text: "x" });
    expect(inbox.received.map((m) => m.subject)).toEqual(["Héllo", "Yes"]);
  });
});
