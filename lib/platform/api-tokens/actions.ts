"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/platform/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/platform/api-tokens/revoke-api-token";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { problem } from "@/lib/platform/i18n/problem";

export const createApiTokenAction = formAction(async (ctx, form) => {
  const created = await createApiToken(ctx, formObject(form));
  revalidatePath("/account/tokens");
  return { message: problem("TokenProblem.created", { name: created.name }), result: { token: created.token } };
});

export const revokeApiTokenAction = formAction(async (ctx, form) => {
  await revokeApiToken(ctx, String(form.get("id") ?? ""));
  revalidatePath("/account/tokens");
  return { message: problem("TokenProblem.revoked") };
});
