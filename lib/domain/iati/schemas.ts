import { z } from "zod";
import { iatiText } from "./iati-text";

/** The activities of a previewed import to write, by iati-identifier. */
export const ZIatiConfirm = z.object({
  activities: z
    .array(z.string({ error: iatiText("listByIdentifier") }).trim().min(1).max(200), { error: iatiText("listActivities") })
    .min(1, iatiText("chooseActivity"))
    .max(100_000, iatiText("atMostActivities", { max: 100_000 })),
});
