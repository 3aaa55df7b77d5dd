import type { getAgreement } from "@/lib/agreements/get-agreement";

/** The agreement as its page loaded it, for the page's sections. */
export type LoadedAgreement = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;
