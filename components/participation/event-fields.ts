import type { FieldSpec } from "@/components/ui/record-form";
import { Constituency, EventKind } from "@/lib/platform/db/generated/enums";

type Translate = (key: string) => string;

const day = (value: Date | null | undefined) => (value ? value.toISOString().slice(0, 10) : "");

/** The fields of an event's form, filled with `event` when it is being edited. */
export function eventFields(
  t: Translate,
  tEvent: Translate,
  event?: { kind: string; title: string; startDate: Date; endDate: Date | null; place: string | null; summary: string },
): FieldSpec[] {
  return [
    {
      name: "kind",
      label: t("eventKind"),
      kind: "select",
      required: true,
      defaultValue: event?.kind,
      options: [{ value: "", label: t("choose") }, ...Object.values(EventKind).map((kind) => ({ value: kind, label: tEvent(kind) }))],
    },
    { name: "title", label: t("eventTitle"), kind: "text", required: true, defaultValue: event?.title },
    { name: "startDate", label: t("startDate"), kind: "date", required: true, defaultValue: day(event?.startDate) },
    { name: "endDate", label: t("endDate"), kind: "date", hint: t("endDateHint"), defaultValue: day(event?.endDate) },
    { name: "place", label: t("place"), kind: "text", hint: t("placeHint"), defaultValue: event?.place ?? "" },
    { name: "summary", label: t("summary"), kind: "textarea", defaultValue: event?.summary },
  ];
}

/** The constituency an organisation of this kind usually attends for. */
export function constituencyOf(kind: string | undefined): Constituency {
  switch (kind) {
    case "GOVERNMENT_MINISTRY":
      return "GOVERNMENT";
    case "WORKERS_ORGANISATION":
      return "WORKERS";
    case "EMPLOYERS_ORGANISATION":
      return "EMPLOYERS";
    case "NGO":
      return "CIVIL_SOCIETY";
    default:
      return "OTHER";
  }
}

/** The constituency choices of an attendance form. */
export function constituencyOptions(t: Translate, tConstituency: Translate) {
  return [{ value: "", label: t("choose") }, ...Object.values(Constituency).map((value) => ({ value, label: tConstituency(value) }))];
}
