import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";

// Signed-in pages: personal, never cached, never indexed. Each page loads the user itself
// (requireUser) and each data function checks the permission again. Their forms read their
// messages in the browser.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function SignedInLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
