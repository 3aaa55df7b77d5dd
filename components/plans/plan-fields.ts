import type { FieldSpec } from "@/components/ui/record-form";
import type { Actor } from "@/lib/platform/authz";
import { PlanKind, PlanOrigin } from "@/lib/platform/db/generated/enums";
import type { planChoices } from "@/lib/domain/plans/plan-choices";

type Translate = (key: string) => string;
type Choices = Awaited<ReturnType<typeof planChoices>>;
type Plan = {
  kind: string;
  title: string;
  agreementId: string;
  countryCode: string;
  programId: string | null;
  origin: string;
  originDetail: string;
  ownerOrganisationId: string;
  objectives: string;
};

/** The plan's fields written in its language, which its form shows beside their translations. */
export const PLAN_TRANSLATED = ["title", "objectives"] as const;

/** The measure's fields written in its language. */
export const MEASURE_TRANSLATED = ["title"] as const;

/**
 * The fields of a plan's form, filled with `plan` when it is edited. A ministry drafts for its own
 * country only; the server checks that the country, program and agreement fit together.
 */
export function planFields(t: Translate, tKind: Translate, tOrigin: Translate, choices: Choices, actor: Actor, plan?: Plan): FieldSpec[] {
  const choose = { value: "", label: t("choose") };
  const countries = new Map(choices.agreements.flatMap((agreement) => agreement.parties.map(({ country }) => [country.code, country.name] as const)));
  const countryOptions =
    actor.role === "GOVERNMENT" && actor.countryCode
      ? [{ value: actor.countryCode, label: countries.get(actor.countryCode) ?? actor.countryCode }]
      : [choose, ...[...countries].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))];
  return [
    { name: "kind", label: t("kind"), kind: "select", required: true, defaultValue: plan?.kind, options: [choose, ...Object.values(PlanKind).map((kind) => ({ value: kind, label: tKind(kind) }))] },
    { name: "title", label: t("planTitle"), kind: "text", required: true, defaultValue: plan?.title },
    {
      name: "agreementId",
      label: t("agreement"),
      kind: "select",
      required: true,
      defaultValue: plan?.agreementId,
      options: [choose, ...choices.agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))],
    },
    { name: "countryCode", label: t("country"), kind: "select", required: true, defaultValue: plan?.countryCode ?? actor.countryCode ?? "", options: countryOptions },
    {
      name: "programId",
      label: t("program"),
      kind: "select",
      hint: t("programHint"),
      defaultValue: plan?.programId ?? "",
      options: [{ value: "", label: t("noProgram") }, ...choices.agreements.flatMap((agreement) => agreement.programs.map((program) => ({ value: program.id, label: `${agreement.shortName}: ${program.title}` })))],
    },
    { name: "origin", label: t("origin"), kind: "select", required: true, defaultValue: plan?.origin, options: [choose, ...Object.values(PlanOrigin).map((origin) => ({ value: origin, label: tOrigin(origin) }))] },
    { name: "originDetail", label: t("originDetail"), kind: "textarea", hint: t("originDetailHint"), defaultValue: plan?.originDetail },
    {
      name: "ownerOrganisationId",
      label: t("owner"),
      kind: "select",
      required: true,
      defaultValue: plan?.ownerOrganisationId ?? actor.organisationId,
      options: [choose, ...choices.organisations.map((organisation) => ({ value: organisation.id, label: organisation.countryCode ? `${organisation.name} (${organisation.countryCode})` : organisation.name }))],
    },
    { name: "objectives", label: t("objectives"), kind: "textarea", defaultValue: plan?.objectives },
  ];
}

/** The fields of a measure's form. */
export function measureFields(
  t: Translate,
  organisations: Choices["organisations"],
  decisions: { id: string; position: number; text: string; meeting: { date: Date; institution: { name: string } } }[],
  measure?: { title: string; description: string; responsibleOrganisationId: string; dueDate: Date; decisionId: string | null },
): FieldSpec[] {
  return [
    { name: "title", label: t("measureTitle"), kind: "text", required: true, defaultValue: measure?.title },
    { name: "description", label: t("description"), kind: "textarea", defaultValue: measure?.description },
    {
      name: "responsibleOrganisationId",
      label: t("responsible"),
      kind: "select",
      required: true,
      defaultValue: measure?.responsibleOrganisationId,
      options: [{ value: "", label: t("choose") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))],
    },
    { name: "dueDate", label: t("dueDate"), kind: "date", required: true, defaultValue: measure?.dueDate.toISOString().slice(0, 10) },
    {
      name: "decisionId",
      label: t("decision"),
      kind: "select",
      hint: t("decisionHint"),
      defaultValue: measure?.decisionId ?? "",
      options: [
        { value: "", label: t("noDecision") },
        ...decisions.map((decision) => ({
          value: decision.id,
          label: `${decision.meeting.institution.name}, ${decision.meeting.date.toISOString().slice(0, 10)}, #${decision.position}: ${decision.text.length > 80 ? `${decision.text.slice(0, 79)}…` : decision.text}`,
        })),
      ],
    },
  ];
}
