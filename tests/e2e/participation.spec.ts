import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test("a civil-society organisation asks to take part, the ministry accepts, and the organisation records its attendance", async ({ browser, baseURL }) => {
  const stamp = Date.now();
  // A write through the API with the session cookie must say it comes from the app's own origin.
  const headers = { origin: baseURL! };
  const ministry = await browser.newContext({ storageState: storageStateOf("govMx") });
  const union = await browser.newContext({ storageState: storageStateOf("cso") });
  try {
    const gov = await ministry.newPage();
    const cso = await union.newPage();

    // The ministry's published program with an event that took place; set up through the API.
    const agreements = await (await gov.request.get("/api/v1/agreements?q=USMCA")).json();
    const program = await gov.request.post("/api/v1/programs", {
      headers,
      data: {
        agreementId: agreements.data[0].id,
        identifier: `MX-STPS-CSO-${stamp}`,
        title: `Inspection dialogue ${stamp}`,
        type: "TECHNICAL_COOPERATION",
        expertiseArea: "Labour inspection",
        currencyCode: "MXN",
        visibility: "PUBLISHED",
      },
    });
    expect(program.status()).toBe(201);
    const programId = (await program.json()).data.id as string;
    const event = await gov.request.post(`/api/v1/programs/${programId}/events`, {
      headers,
      data: { kind: "CONSULTATION", title: `Consultation on inspection ${stamp}`, startDate: "2026-03-10", place: "Monterrey", summary: "Inspection priorities." },
    });
    expect(event.status()).toBe(201);
    const eventId = (await event.json()).data.id as string;

    // Before taking part, the organisation cannot record attendance at the event.
    await cso.goto(`/programs/${programId}/events/${eventId}`);
    await expect(cso.getByText("Your organisation does not take part in this program")).toBeVisible();

    // The organisation asks to take part as a monitor.
    await cso.goto(`/programs/${programId}?tab=participants`);
    const ask = cso.getByRole("form", { name: "Ask to take part" });
    await ask.getByLabel("Role").selectOption({ label: "Monitor" });
    await ask.getByLabel("Message to the ministries").fill("We follow inspection outcomes in Nuevo León.");
    await ask.getByRole("button", { name: "Send the request" }).click();
    await expect(cso.getByText("Awaiting an answer")).toBeVisible();

    // The ministry sees the request and accepts it.
    await gov.goto(`/programs/${programId}?tab=participants`);
    const answer = gov.getByRole("form", { name: /Answer the request of/ });
    await expect(gov.getByText("We follow inspection outcomes in Nuevo León.")).toBeVisible();
    // Declining without a reason is refused next to the field.
    await answer.getByLabel("Answer").selectOption("DECLINE");
    await answer.getByRole("button", { name: "Send the answer" }).click();
    await expect(gov.getByText("Give the reason for declining").first()).toBeVisible();
    await gov.getByRole("form", { name: /Answer the request of/ }).getByLabel("Answer").selectOption("ACCEPT");
    await gov.getByRole("form", { name: /Answer the request of/ }).getByLabel("Reason").fill("Welcome to the program.");
    await gov.getByRole("form", { name: /Answer the request of/ }).getByRole("button", { name: "Send the answer" }).click();
    await expect(gov.getByText("Accepted", { exact: true })).toBeVisible();
    await expect(gov.getByRole("table", { name: "Participants" }).getByRole("row", { name: /Monitor/ })).toBeVisible();

    // The organisation sees the answer and records its attendance at the event.
    await cso.goto(`/programs/${programId}?tab=participants`);
    await expect(cso.getByText("Reason: Welcome to the program.")).toBeVisible();
    await cso.goto(`/programs/${programId}/events/${eventId}`);
    const record = cso.getByRole("form", { name: /Record the attendance of/ });
    await expect(record.getByLabel("Constituency")).toHaveValue("WORKERS");
    await record.getByLabel("Women").fill("-2");
    await record.getByLabel("Men", { exact: true }).fill("4");
    await record.getByRole("button", { name: "Record attendance" }).click();
    await expect(cso.getByRole("link", { name: "The number of women cannot be negative." })).toBeVisible();
    await cso.getByRole("form", { name: /Record the attendance of/ }).getByLabel("Women").fill("3");
    await cso.getByRole("form", { name: /Record the attendance of/ }).getByRole("button", { name: "Record attendance" }).click();
    await expect(cso.getByRole("table", { name: "Attendance" }).getByRole("row", { name: /Workers 3 4/ })).toBeVisible();

    // The program's balance and the organisation's page show it.
    await cso.goto(`/programs/${programId}?tab=events`);
    await expect(cso.getByRole("table", { name: "Social-dialogue balance" }).getByRole("row", { name: "Workers 7 100% 3 4 42.9%" })).toBeVisible();
    await cso.goto("/my-organisation");
    await expect(cso.getByRole("table", { name: /programs? it takes part in$/ }).getByRole("row", { name: new RegExp(`Inspection dialogue ${stamp}.*Monitor`) })).toBeVisible();
    await expect(cso.getByRole("table", { name: /events attended/ }).getByRole("row", { name: new RegExp(`Consultation on inspection ${stamp}`) })).toBeVisible();
  } finally {
    await ministry.close();
    await union.close();
  }
});
