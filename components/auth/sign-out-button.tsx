"use client";

/**
 * Signs out the way next-auth's own `signOut()` does (its CSRF token, then a POST to its sign-out
 * endpoint, then the address it answers), without loading next-auth's browser library, some 12 KB
 * that the header would otherwise bring to every page.
 */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="link-button" onClick={() => void signOut()}>
      {label}
    </button>
  );
}

async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? "/";
}
