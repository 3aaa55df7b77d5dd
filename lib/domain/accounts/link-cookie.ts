/**
 * The set-password link's token travels from its address into this cookie and out of the address
 * at once (app/(public)/set-password/[token]/route.ts): the page where the password is typed then
 * has no token in its address, so that none of its requests (scripts, styles, the form) carries the
 * token in a Referer header to an access log, and the browser's history keeps only /set-password.
 */
export const LINK_COOKIE = "lct_set_password";

/** Long enough to choose a password; the link's own expiry still applies. */
export const LINK_COOKIE_SECONDS = 60 * 60;

/** Where the cookie is sent: the set-password page and nothing else. */
export const LINK_COOKIE_PATH = "/set-password";
