import { NextResponse, type NextRequest } from "next/server";
import { LINK_COOKIE, LINK_COOKIE_PATH, LINK_COOKIE_SECONDS } from "@/lib/domain/accounts/link-cookie";
import { looksLikeLinkToken } from "@/lib/domain/accounts/link-token";

type Context = { params: Promise<{ token: string }> };

/**
 * The address in an invitation or reset email: keeps the token in a short-lived cookie for the
 * set-password page only, and sends the browser on to /set-password, whose address holds no token.
 * Whether the token is any good is the page's business; a malformed one is not kept.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { token } = await params;
  const response = NextResponse.redirect(new URL(LINK_COOKIE_PATH, request.url), 303);
  response.headers.set("Cache-Control", "no-store");
  if (looksLikeLinkToken(token)) {
    response.cookies.set(LINK_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
      path: LINK_COOKIE_PATH,
      maxAge: LINK_COOKIE_SECONDS,
    });
  } else {
    response.cookies.delete({ name: LINK_COOKIE, path: LINK_COOKIE_PATH });
  }
  return response;
}
