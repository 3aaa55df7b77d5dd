// The document tests with files in a local directory (STORAGE=local, the default).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, vi } from "vitest";
import { documentClient, documentSuite } from "./helpers/document-suite";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

documentSuite(documentClient());
