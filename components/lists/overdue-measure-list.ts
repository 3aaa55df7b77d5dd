import "server-only";
import { z } from "zod";
import { defineListFilters } from "@/lib/platform/api/list-query";

/** The overdue measures across plans: no filters, paged by offset, the next page only. */
export const OVERDUE_MEASURE_LIST = defineListFilters({}, z.object({}), { path: "/plans/overdue", form: "overdue", namespace: "OverdueMeasures", messages: { first: null } });
