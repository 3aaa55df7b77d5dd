import type { Metadata } from "next";

// Signed-in pages: personal, never cached, never indexed. Each page loads the user itself
// (requireUser) and each data function checks the permission again.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function SignedInLayout({ children }: { children: React.ReactNode }) {
  return children;
}
