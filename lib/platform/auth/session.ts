import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import type { Actor } from "@/lib/platform/authz";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

/**
 * The signed-in user for this request, reloaded from the database once per request: a disabled
 * account or a changed role takes effect on the very next request, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  // Reading the session makes the page dynamic; say so before the options read the environment,
  // which `next build` does not have.
  await connection();
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  return id ? loadActor(id) : null;
});

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
