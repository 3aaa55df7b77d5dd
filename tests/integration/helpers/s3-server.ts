import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type S3Server = {
  endpoint: string;
  bucket: string;
  /** The settings that point the app's storage at this server. */
  env: Record<string, string>;
  stop: () => Promise<void>;
};

/** A local S3-compatible server on a free port of 127.0.0.1, with one empty bucket, its data in a temporary directory. */
export async function startS3Server(bucket = "documents"): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "lct-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let stopped = false;
  return {
    endpoint,
    bucket,
    env: {
      STORAGE: "s3",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // The S3 client keeps connections alive; close them, or the server never finishes closing.
      server.httpServer?.closeAllConnections();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
