import { serverState } from "./server-state";

/**
 * Notes who is asking, for the request's log line (written by the server hook when the response
 * ends). Only the user's id: names and email addresses stay out of the logs.
 */
export function noteRequestUser(userId: string): void {
  const store = serverState().requests.getStore();
  if (store) store.userId = userId;
}
