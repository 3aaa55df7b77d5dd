-- The program search finds a program by its title, summary and objectives in any of its languages (the
-- original and every translation), whatever the accents: "Secretaria" finds "Secretaría", "inspeccion"
-- finds "inspección", "lao dong" finds "lao động".
--
-- Accents are removed by PostgreSQL's unaccent extension, on both sides: here in the stored vector, and
-- in the query (lib/domain/programs/program-search.ts). It is a trusted extension: the owner of the
-- database may create it without being a superuser. It ships with PostgreSQL (the embedded server, the
-- postgresql-contrib packages), see docs/deploy.md.
-- (No semicolon may appear inside a statement or a comment here: the migration runner splits on them.)
CREATE EXTENSION IF NOT EXISTS unaccent;

-- A generated column needs an IMMUTABLE expression, and unaccent() is only STABLE: it finds its
-- dictionary through the search path of the session. This wrapper is written with a SQL-standard body,
-- which PostgreSQL (14 and later) resolves when the function is created: the unaccent function and its
-- dictionary are bound once, by identity, wherever the extension was installed, and the session's search
-- path no longer matters. So the wrapper may be declared IMMUTABLE. Should the dictionary's rules ever
-- change, rewriting the column (UPDATE "CooperationProgram" SET "title" = "title") recomputes the vectors.
CREATE FUNCTION "unaccented"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN unaccent('unaccent'::regdictionary, value);

-- The texts of one field in every translated language, { "fr": "…", "es": "…" }, joined by spaces.
-- Empty when there are none or the value is not such an object.
CREATE FUNCTION "translation_texts"(texts jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
  SELECT coalesce(string_agg(value, ' '), '')
  FROM jsonb_each_text(CASE WHEN jsonb_typeof(texts) = 'object' THEN texts ELSE '{}'::jsonb END)
);

-- A generated column's expression cannot be changed in place before PostgreSQL 17: the column and its
-- index are made again, with the translations and without accents. Weights as before: titles A,
-- summaries B, objectives C.
DROP INDEX "CooperationProgram_search_idx";
ALTER TABLE "CooperationProgram" DROP COLUMN "searchVector";
ALTER TABLE "CooperationProgram" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "unaccented"("title" || ' ' || "translation_texts"("translations" -> 'title'))), 'A') ||
  setweight(to_tsvector('simple'::regconfig, "unaccented"("summary" || ' ' || "translation_texts"("translations" -> 'summary'))), 'B') ||
  setweight(to_tsvector('simple'::regconfig, "unaccented"("objectives" || ' ' || "translation_texts"("translations" -> 'objectives'))), 'C')
) STORED;

CREATE INDEX "CooperationProgram_search_idx" ON "CooperationProgram" USING GIN ("searchVector");
