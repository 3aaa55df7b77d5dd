import type { Prisma } from "@/lib/platform/db/generated/client";
import { factories, row } from "./row";

type CommentGiven = Partial<Prisma.CommentCreateManyInput> & Pick<Prisma.CommentCreateManyInput, "authorId">;

/** A comment row by the author; attach it with programId or planId. */
export function commentRow<Given extends CommentGiven>(given: Given) {
  return row({ body: "Comment." }, given);
}

export const { one: createComment, many: createComments } = factories((db) => db.comment, commentRow<CommentGiven>);
