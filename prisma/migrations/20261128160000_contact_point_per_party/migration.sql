-- One contact point per party and agreement. Prisma's schema language has no partial unique
-- index, so it lives here only (tests/integration/migrations.test.ts lists it as hand-written).
CREATE UNIQUE INDEX "Institution_contact_point_per_party_key"
  ON "Institution" ("agreementId", "countryCode")
  WHERE "kind" = 'CONTACT_POINT';
