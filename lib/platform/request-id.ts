/**
 * The request header that carries this request's id, for logs and the audit trail. The proxy always
 * sets it to an id of its own (a UUID): a client cannot choose the id its changes are audited under.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The request header that carries the id a client sent as `X-Request-Id`, when well-formed, so that
 * its own id can be logged beside ours. It never reaches the audit trail.
 */
export const CLIENT_REQUEST_ID_HEADER = "x-client-request-id";

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id a client sent, if it is safe to log (8–128 letters, digits and `._:-`); otherwise null. */
export function clientRequestId(sent: string | null | undefined): string | null {
  return sent && CLIENT_REQUEST_ID.test(sent) ? sent : null;
}
