import type { getAgreement } from "@/lib/domain/agreements/get-agreement";

/** The agreement as its page loaded it, for the page's sections. */
export type LoadedAgreement = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;
