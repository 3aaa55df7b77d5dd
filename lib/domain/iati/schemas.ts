import { z } from "zod";

/** The activities of a previewed import to write, by iati-identifier. */
export const ZIatiConfirm = z.object({
  activities: z
    .array(z.string({ error: "List the activities by their iati-identifier." }).trim().min(1).max(200), { error: "List the activities to import by their iati-identifier." })
    .min(1, "Choose at least one activity to import.")
    .max(100_000, "List at most 100,000 activities."),
});
