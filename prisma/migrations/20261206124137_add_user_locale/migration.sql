-- A user's language is their own choice, and until they make one their browser's is used.
ALTER TABLE "User" ALTER COLUMN "locale" DROP NOT NULL,
ALTER COLUMN "locale" DROP DEFAULT;

-- No one could choose a language before this: the "en" every account holds was the default, not a choice.
UPDATE "User" SET "locale" = NULL WHERE "locale" = 'en';
