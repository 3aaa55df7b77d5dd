import { z } from "zod";
import { ZWholeNumber } from "../validation";

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, "Give the token a name.").max(100, "Keep the name under 100 characters."),
  /** Days until the token stops working; none means it lasts until revoked. */
  expiresInDays: ZWholeNumber("Enter a whole number of days.", z.number().min(1, "At least 1 day.").max(366, "At most 366 days.")).optional(),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
