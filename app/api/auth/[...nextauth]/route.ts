import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/platform/auth/options";
import { clientIp } from "@/lib/platform/auth/request-context";
import { assertSignInAllowed, throttleKeys } from "@/lib/platform/auth/throttle";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/platform/i18n/locales";

type Context = { params: Promise<{ nextauth: string[] }> };

/** The language of a signed-out browser: its switcher's choice, else its Accept-Language. */
function readerLocale(request: NextRequest): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
}

export async function GET(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

/**
 * Sign-in attempts for a locked account or address are answered 429 with Retry-After before
 * next-auth sees them; every other request is next-auth's.
 */
export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string") {
      const ip = clientIp(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip"));
      try {
        await assertSignInAllowed(db(), throttleKeys(email, ip));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
        return Response.json(
          { url: "/sign-in?error=RateLimited", error: { code: error.code, message: error.in(readerLocale(request)).message } },
          { status: 429, headers: { "Retry-After": String(error.retryAfter ?? 60), "Cache-Control": "no-store" } },
        );
      }
    }
  }
  return NextAuth(request, context, authOptions());
}
