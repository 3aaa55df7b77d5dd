import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/log";
import { authenticate } from "./authenticate";
import { matchOidcUser, type OidcProfile } from "./oidc";
import { clientIp } from "./request-context";
import { safeRedirectUrl } from "./safe-callback-url";

/** Sessions last a working day; the user is reloaded from the database on every request anyway. */
const SESSION_SECONDS = 8 * 60 * 60;

const ZCredentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

type HeaderBag = Record<string, string | string[] | undefined> | undefined;
const header = (headers: HeaderBag, name: string) => {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
};

let options: NextAuthOptions | undefined;

/** next-auth's configuration, built on first use so that `next build` needs no environment. */
export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}

function buildOptions(): NextAuthOptions {
  const config = env();
  const secure = config.NEXTAUTH_URL.startsWith("https://");
  return {
    secret: config.NEXTAUTH_SECRET,
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    jwt: { maxAge: SESSION_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [credentialsProvider(), ...oidcProviders(config)],
    callbacks,
  };
}

/** Email and password, checked (and throttled) by `authenticate`. */
function credentialsProvider() {
  return CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { type: "email" }, password: { type: "password" } },
    async authorize(credentials, req) {
      const parsed = ZCredentials.safeParse(credentials);
      if (!parsed.success) return null;
      const headers = req.headers as HeaderBag;
      try {
        const actor = await authenticate({
          ...parsed.data,
          ip: clientIp(header(headers, "x-forwarded-for"), header(headers, "x-real-ip")),
          requestId: header(headers, "x-request-id") ?? crypto.randomUUID(),
        });
        return { id: actor.id, email: actor.email, name: actor.name, role: actor.role };
      } catch (error) {
        if (error instanceof AppError && error.code === "UNAUTHENTICATED") return null;
        if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error("RateLimited");
        throw error;
      }
    },
  });
}

/** Single sign-on through the organisation's OpenID Connect provider, when one is configured. */
function oidcProviders(config: ReturnType<typeof env>): NextAuthOptions["providers"] {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: config.OIDC_NAME,
      type: "oauth" as const,
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce" as const, "state" as const],
      profile: (profile: OidcProfile) => ({ id: profile.sub ?? "", email: profile.email, name: profile.name }),
    },
  ];
}

const callbacks: NextAuthOptions["callbacks"] = {
  async redirect({ url, baseUrl }) {
    return safeRedirectUrl(url, baseUrl);
  },
  async signIn({ account, profile }) {
    if (account?.provider !== "oidc") return true;
    const user = await matchOidcUser(profile as OidcProfile);
    if (!user) logger.warn({ email: profile?.email }, "single sign-on refused: no active account with that verified email");
    return user ? true : "/sign-in?error=NoAccount";
  },
  async jwt({ token, user, account, profile }) {
    if (account?.provider === "oidc") {
      const match = await matchOidcUser(profile as OidcProfile);
      if (match) {
        token.uid = match.id;
        await recordOidcSignIn(match.id);
      }
    } else if (user) {
      token.uid = user.id;
    }
    return token;
  },
  async session({ session, token }) {
    if (session.user && typeof token.uid === "string") session.user.id = token.uid;
    return session;
  },
};

/** A single sign-on counts as a sign-in: its time on the account and an event in the audit trail. */
async function recordOidcSignIn(userId: string) {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, { actor: null, requestId: crypto.randomUUID() }, {
      action: "user.sign-in",
      entityType: "User",
      entityId: userId,
      after: { method: "oidc" },
    });
  });
}
