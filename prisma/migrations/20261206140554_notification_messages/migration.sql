-- Notifications store what they say as a message key and its values (names, dates, text people
-- wrote) and are written in the language of each reader when shown or emailed. Until now they stored
-- an English sentence in "title" and "body".
--
-- The rows written before are converted here rather than kept beside nullable "title"/"body"
-- columns: the "dedupeKey" of every notification names the record it tells of (the measure, plan, review
-- or comment), so its key and values are rebuilt from that record, and old notifications too are read
-- in the language of each reader. Names are taken from the records as they are now. The text people wrote
-- (a comment, a review remark) is taken from the stored body, as it was sent. A row whose record is
-- gone keeps its English sentence under the key "stored" (values "title" and "body"), shown as it was.

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "messageKey" TEXT,
ADD COLUMN     "messageValues" JSONB NOT NULL DEFAULT '{}';

-- Anything not rebuilt below is shown as it was written.
UPDATE "Notification" SET "messageKey" = 'stored', "messageValues" = jsonb_build_object('title', "title", 'body', "body");

-- "measure-due:<measure id>:<due date>" and "measure-overdue:…"
UPDATE "Notification" n
SET "messageKey" = CASE WHEN n."kind" = 'MEASURE_DUE' THEN 'measureDue' ELSE 'measureOverdue' END,
    "messageValues" = jsonb_build_object('measure', m."title", 'plan', p."title", 'dueDate', split_part(n."dedupeKey", ':', 3))
FROM "Measure" m JOIN "Plan" p ON p."id" = m."planId"
WHERE n."kind" IN ('MEASURE_DUE', 'MEASURE_OVERDUE')
  AND m."id" = split_part(n."dedupeKey", ':', 2)
  AND split_part(n."dedupeKey", ':', 3) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

-- "plan-submitted:<plan id>:<version>", whose body was the remark of the person who submitted it.
UPDATE "Notification" n
SET "messageKey" = 'planSubmitted', "messageValues" = jsonb_build_object('plan', p."title", 'comment', n."body")
FROM "Plan" p
WHERE n."kind" = 'PLAN_SUBMITTED' AND p."id" = split_part(n."dedupeKey", ':', 2);

-- "plan-reviewed:<review id>", whose body was the remark of the analyst.
UPDATE "Notification" n
SET "messageKey" = CASE r."decision" WHEN 'APPROVE' THEN 'planApproved' WHEN 'REQUEST_CHANGES' THEN 'planChangesRequested' ELSE 'planReviewComment' END,
    "messageValues" = jsonb_build_object('plan', p."title", 'comment', n."body")
FROM "Review" r JOIN "Plan" p ON p."id" = r."planId"
WHERE n."kind" = 'PLAN_REVIEWED' AND r."id" = split_part(n."dedupeKey", ':', 2);

-- "comment:<comment id>", whose body was the start of the comment.
UPDATE "Notification" n
SET "messageKey" = 'comment',
    "messageValues" = jsonb_build_object('author', u."name", 'target', COALESCE(program."title", p."title"), 'excerpt', n."body")
FROM "Comment" c
  JOIN "User" u ON u."id" = c."authorId"
  LEFT JOIN "CooperationProgram" program ON program."id" = c."programId"
  LEFT JOIN "Plan" p ON p."id" = c."planId"
WHERE n."kind" = 'COMMENT' AND c."id" = split_part(n."dedupeKey", ':', 2)
  AND COALESCE(program."title", p."title") IS NOT NULL;

ALTER TABLE "Notification" ALTER COLUMN "messageKey" SET NOT NULL,
DROP COLUMN "body",
DROP COLUMN "title";
