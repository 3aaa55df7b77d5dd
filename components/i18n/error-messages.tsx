"use client";

import { createContext, use } from "react";
import common from "@/lib/platform/i18n/messages/en/common.json";

/** The error page's words, already in the reader's language; `errorBody` holds the mark "{reference}". */
export type ErrorMessages = { errorTitle: string; errorBody: string; retry: string; unavailableTitle: string; unavailableBody: string };

const Messages = createContext<ErrorMessages>(common.Errors);

/**
 * Hands the error page its words, written on the server: a plain context, so that pages without a
 * form load no message formatting library in the browser (the error page is on every page). Without
 * it (the document-wide error page, whose layout failed) the words are English.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children?: React.ReactNode }) {
  return <Messages value={messages}>{children}</Messages>;
}

export const useErrorMessages = () => use(Messages);
