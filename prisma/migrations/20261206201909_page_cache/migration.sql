-- The shared cache of the pages anonymous visitors see (scripts/server-hook/page-cache.cjs) and the generation that every write to a table a public page shows moves on.
-- (No semicolon may appear inside a statement or a comment here: the migration runner splits on them.)

-- CreateTable
CREATE TABLE "PageCacheEntry" (
    "key" TEXT NOT NULL,
    "generation" BIGINT NOT NULL,
    "status" INTEGER NOT NULL,
    "headers" JSONB NOT NULL,
    "body" BYTEA NOT NULL,
    "gzipBody" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,
    "csp" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PageCacheGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL,

    CONSTRAINT "PageCacheGeneration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageCacheEntry_createdAt_idx" ON "PageCacheEntry"("createdAt");


-- An entry is a copy of what the tables hold: losing them all in a crash of PostgreSQL costs renders, not data, so they skip the write-ahead log.
ALTER TABLE "PageCacheEntry" SET UNLOGGED;

-- The one row. It starts at a random number, so that an app instance that still holds pages of another database (restored over, or replaced) cannot take them for this one.
INSERT INTO "PageCacheGeneration" ("id", "generation") VALUES (1, floor(random() * 1000000000000)::bigint);

-- Moves the generation on, once per transaction. Fired at the commit (the row triggers below are deferred), so that
-- the row lock on the generation is the last lock a writing transaction takes: two writers cannot deadlock over it,
-- and the new generation becomes visible together with the write, never before.
-- The migration runner splits statements at every semicolon, even inside quotes, so the function
-- body writes its semicolons as the escape \073.
CREATE FUNCTION page_cache_bump() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF current_setting(''page_cache.bumped'', true) IS DISTINCT FROM pg_current_xact_id()::text THEN PERFORM set_config(''page_cache.bumped'', pg_current_xact_id()::text, true)\073 UPDATE "PageCacheGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1\073 END IF\073 RETURN NULL\073 END\073';

-- Every table a public page shows, written row by row (deferred to the commit) or truncated. Left out, as no public
-- page shows them and they are written often: sessions and tokens, throttles and rate limits, notifications and
-- their preferences and digests, follows, the dashboard figure cache, and these two tables.
CREATE CONSTRAINT TRIGGER "Country_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Country" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Country_page_cache_truncate" AFTER TRUNCATE ON "Country" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Currency_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Currency" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Currency_page_cache_truncate" AFTER TRUNCATE ON "Currency" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Organisation_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Organisation" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Organisation_page_cache_truncate" AFTER TRUNCATE ON "Organisation" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
-- A person is shown by name and organisation (as the author of a plan event, say): signing in, a password, a language or a time zone leave cached pages alone.
CREATE CONSTRAINT TRIGGER "User_page_cache" AFTER INSERT OR DELETE OR UPDATE OF "name", "email", "role", "organisationId", "disabled" ON "User" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "User_page_cache_truncate" AFTER TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Agreement_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Agreement" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Agreement_page_cache_truncate" AFTER TRUNCATE ON "Agreement" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "AgreementParty_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "AgreementParty" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "AgreementParty_page_cache_truncate" AFTER TRUNCATE ON "AgreementParty" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "LabourProvision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "LabourProvision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "LabourProvision_page_cache_truncate" AFTER TRUNCATE ON "LabourProvision" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Institution_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Institution" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Institution_page_cache_truncate" AFTER TRUNCATE ON "Institution" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Meeting_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Meeting" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Meeting_page_cache_truncate" AFTER TRUNCATE ON "Meeting" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "MeetingDecision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "MeetingDecision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "MeetingDecision_page_cache_truncate" AFTER TRUNCATE ON "MeetingDecision" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "CooperationProgram_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "CooperationProgram" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "CooperationProgram_page_cache_truncate" AFTER TRUNCATE ON "CooperationProgram" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "ProgramCountry_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "ProgramCountry" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "ProgramCountry_page_cache_truncate" AFTER TRUNCATE ON "ProgramCountry" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "ProgramProvision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "ProgramProvision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "ProgramProvision_page_cache_truncate" AFTER TRUNCATE ON "ProgramProvision" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Participant_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Participant" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Participant_page_cache_truncate" AFTER TRUNCATE ON "Participant" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "ParticipationRequest_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "ParticipationRequest" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "ParticipationRequest_page_cache_truncate" AFTER TRUNCATE ON "ParticipationRequest" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Event_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Event" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Event_page_cache_truncate" AFTER TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Attendance_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Attendance" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Attendance_page_cache_truncate" AFTER TRUNCATE ON "Attendance" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Budget_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Budget" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Budget_page_cache_truncate" AFTER TRUNCATE ON "Budget" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Transaction_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Transaction" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Transaction_page_cache_truncate" AFTER TRUNCATE ON "Transaction" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Indicator_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Indicator" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Indicator_page_cache_truncate" AFTER TRUNCATE ON "Indicator" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "IndicatorPeriod_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "IndicatorPeriod" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "IndicatorPeriod_page_cache_truncate" AFTER TRUNCATE ON "IndicatorPeriod" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Plan_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Plan" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Plan_page_cache_truncate" AFTER TRUNCATE ON "Plan" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Measure_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Measure" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Measure_page_cache_truncate" AFTER TRUNCATE ON "Measure" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Review_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Review" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Review_page_cache_truncate" AFTER TRUNCATE ON "Review" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "InformationExchange_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "InformationExchange" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "InformationExchange_page_cache_truncate" AFTER TRUNCATE ON "InformationExchange" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "ExchangeProvision_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeProvision" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "ExchangeProvision_page_cache_truncate" AFTER TRUNCATE ON "ExchangeProvision" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Document_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Document" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Document_page_cache_truncate" AFTER TRUNCATE ON "Document" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "Comment_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "Comment" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "Comment_page_cache_truncate" AFTER TRUNCATE ON "Comment" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
-- The trail is only ever appended to. What happens to an account (a sign-in, a lockout) is on no public page.
CREATE CONSTRAINT TRIGGER "AuditEvent_page_cache" AFTER INSERT ON "AuditEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."entityType" <> 'User') EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "AuditEvent_page_cache_truncate" AFTER TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "ExchangeRate_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeRate" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "ExchangeRate_page_cache_truncate" AFTER TRUNCATE ON "ExchangeRate" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
CREATE CONSTRAINT TRIGGER "IatiImport_page_cache" AFTER INSERT OR UPDATE OR DELETE ON "IatiImport" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_bump();
CREATE TRIGGER "IatiImport_page_cache_truncate" AFTER TRUNCATE ON "IatiImport" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_bump();
