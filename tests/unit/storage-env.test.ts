import { describe, expect, it } from "vitest";
import { parseEnv, ZStorageEnv } from "@/lib/platform/env";

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(ZStorageEnv, source);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
};

describe("the document storage settings", () => {
  it("default to a local directory under DATA_DIR", () => {
    expect(parseEnv(ZStorageEnv, {})).toMatchObject({ STORAGE: "local", DATA_DIR: ".data", S3_FORCE_PATH_STYLE: false });
  });

  it("take an S3-compatible store with its bucket, region, keys and path-style addressing", () => {
    const settings = parseEnv(ZStorageEnv, {
      STORAGE: "s3",
      S3_ENDPOINT: "https://minio.example.org:9000",
      S3_BUCKET: "tracker-documents",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(settings).toMatchObject({ STORAGE: "s3", S3_BUCKET: "tracker-documents", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true });
  });

  it("name the variable that is missing or malformed", () => {
    expect(problems({ STORAGE: "s3" })).toEqual(["S3_BUCKET: is required when STORAGE=s3"]);
    expect(problems({ STORAGE: "s3", S3_BUCKET: "documents", S3_ACCESS_KEY_ID: "id" })).toEqual(["S3_SECRET_ACCESS_KEY: is required when S3_ACCESS_KEY_ID is set"]);
    expect(problems({ STORAGE: "s3", S3_BUCKET: "My_Bucket" })[0]).toMatch(/^S3_BUCKET: must be an S3 bucket name/);
    expect(problems({ STORAGE: "s3", S3_BUCKET: "documents", S3_ENDPOINT: "minio:9000" })[0]).toMatch(/^S3_ENDPOINT: must be an http/);
    expect(problems({ STORAGE: "azure" })).toEqual(["STORAGE: must be local or s3"]);
  });

  it("ignore the S3 settings while the storage is local", () => {
    expect(problems({ STORAGE: "local", S3_ACCESS_KEY_ID: "id" })).toEqual([]);
  });
});
