// A ministry hears of what civil society does on the programs it reports: a civil-society comment
// on one of them, and a request to take part in one, notify the GOVERNMENT users of the program's
// reporting organisation (not other organisations' users, not its other roles, not the author),
// stored as a message key and values and written in each reader's language.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { addComment } from "@/lib/domain/participation/comments/add-comment";
import { submitRequest } from "@/lib/domain/participation/requests/submit-request";
import { renderNotification } from "@/lib/domain/notifications/notification-message";
import { notificationTranslator } from "@/lib/domain/notifications/localize-notifications";
import { createAgreement, createOrganisation, createProgram, createUser } from "@/prisma/seed/factories";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const refs = {} as { programId: string; ministryUsers: string[]; others: string[] };
const actors = {} as Record<"cso" | "csoColleague" | "ministry" | "otherMinistry", Actor>;

beforeAll(async () => {
  const { agreementId, ministryId, otherMinistryId } = await test.db.$transaction(async (tx) => ({
    agreementId: (await createAgreement(tx, { parties: ["MX", "US"] })).id,
    ministryId: (await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" })).id,
    otherMinistryId: (await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" })).id,
  }));
  actors.ministry = await createActor(test.db, "GOVERNMENT", { organisationId: ministryId });
  actors.otherMinistry = await createActor(test.db, "GOVERNMENT", { organisationId: otherMinistryId });
  actors.cso = await createActor(test.db, "CIVIL_SOCIETY");
  actors.csoColleague = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: actors.cso.organisationId });
  await test.db.$transaction(async (tx) => {
    const second = await createUser(tx, { role: "GOVERNMENT", organisationId: ministryId, locale: "es" });
    // Of the ministry, but not told: disabled, or not a ministry official.
    const disabled = await createUser(tx, { role: "GOVERNMENT", organisationId: ministryId, disabled: true });
    const analyst = await createUser(tx, { role: "ANALYST", organisationId: ministryId });
    const program = await createProgram(tx, { agreementId, title: "Labour inspection in Jalisco", visibility: "PUBLISHED", status: "IMPLEMENTATION", reportingOrganisationId: ministryId, participants: { create: [{ organisationId: ministryId, role: "ACCOUNTABLE" }] } });
    Object.assign(refs, {
      programId: program.id,
      ministryUsers: [actors.ministry.id, second.id].sort(),
      others: [disabled.id, analyst.id, actors.otherMinistry.id, actors.cso.id, actors.csoColleague.id],
    });
  });
});

const told = async (kind: "CIVIL_SOCIETY_COMMENT" | "PARTICIPATION_REQUEST" | "COMMENT", dedupeKey: string) =>
  (await test.db.notification.findMany({ where: { kind, dedupeKey }, select: { userId: true } })).map((row) => row.userId).sort();

describe("a ministry's notifications", () => {
  it("tells the reporting ministry's officials of a civil-society comment on their program, once, in their language", async () => {
    // An official who follows the program is told once, of the civil-society comment.
    await test.db.follow.create({ data: { userId: actors.ministry.id, entityType: "CooperationProgram", entityId: refs.programId } });
    const comment = await addComment(contextFor(actors.cso), { programId: refs.programId }, { body: "The inspections skipped the night shift." });
    const key = `comment:${comment.id}`;
    expect(await told("CIVIL_SOCIETY_COMMENT", key)).toEqual(refs.ministryUsers);
    expect(await test.db.notification.count({ where: { dedupeKey: key, userId: { in: refs.others } } })).toBe(0);
    expect(await test.db.notification.count({ where: { dedupeKey: key } })).toBe(2);

    const row = await test.db.notification.findFirstOrThrow({ where: { dedupeKey: key, userId: refs.ministryUsers.find((id) => id !== actors.ministry.id) } });
    expect(row).toMatchObject({ messageKey: "civilSocietyComment", link: `/programs/${refs.programId}?tab=comments#comment-${comment.id}` });
    expect(row.messageValues).toEqual({ author: actors.cso.name, organisation: actors.cso.organisationName, target: "Labour inspection in Jalisco", excerpt: "The inspections skipped the night shift." });
    expect(renderNotification(await notificationTranslator("en"), row).title).toBe(`${actors.cso.organisationName} commented on your program Labour inspection in Jalisco`);
    expect(renderNotification(await notificationTranslator("es"), row).title).toBe(`${actors.cso.organisationName} comentó su programa Labour inspection in Jalisco`);
  });

  it("does not tell the ministry of a comment by anyone but civil society", async () => {
    const comment = await addComment(contextFor(actors.otherMinistry), { programId: refs.programId }, { body: "We ran a similar programme." });
    expect(await told("CIVIL_SOCIETY_COMMENT", `comment:${comment.id}`)).toEqual([]);
    // The follower still hears of it, as any comment.
    expect(await told("COMMENT", `comment:${comment.id}`)).toEqual([actors.ministry.id, actors.cso.id].sort());
  });

  it("tells the reporting ministry's officials of a request to take part in their program, not the requester", async () => {
    const request = await submitRequest(contextFor(actors.cso), refs.programId, { role: "MONITOR", message: "We monitor working hours in the region." });
    const key = `participation-request:${request.id}`;
    expect(await told("PARTICIPATION_REQUEST", key)).toEqual(refs.ministryUsers);
    expect(await test.db.notification.count({ where: { dedupeKey: key } })).toBe(2);

    const row = await test.db.notification.findFirstOrThrow({ where: { dedupeKey: key, userId: actors.ministry.id } });
    expect(row).toMatchObject({ messageKey: "participationRequested", link: `/programs/${refs.programId}?tab=participants` });
    const org = actors.cso.organisationName;
    expect(renderNotification(await notificationTranslator("en"), row)).toEqual({ title: `${org} asks to take part in Labour inspection in Jalisco as a monitor`, body: "We monitor working hours in the region." });
    expect(renderNotification(await notificationTranslator("fr"), row).title).toBe(`${org} demande à participer à Labour inspection in Jalisco en tant qu’observateur`);
    expect(renderNotification(await notificationTranslator("vi"), row).title).toContain("đơn vị giám sát");
  });
});
