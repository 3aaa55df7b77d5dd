import { z } from "zod";

/** The program fields every type shares that can be edited as text, plus publishing. */
export const ZUpdateProgramCore = z
  .object({
    version: z.coerce.number({ message: "The version you edited is required." }).int().positive(),
    title: z.string().trim().min(3, "The title needs at least 3 characters.").max(300, "Keep the title under 300 characters.").optional(),
    summary: z.string().trim().max(5000, "Keep the summary under 5,000 characters.").optional(),
    objectives: z.string().trim().max(5000, "Keep the objectives under 5,000 characters.").optional(),
    visibility: z.enum(["DRAFT", "PUBLISHED"], { message: "Visibility is DRAFT or PUBLISHED." }).optional(),
  })
  .strict();
export type TUpdateProgramCore = z.infer<typeof ZUpdateProgramCore>;
