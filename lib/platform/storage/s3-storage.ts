import "server-only";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/log";
import type { FileStorage } from "./file-storage";
import { isStorageKey, newStorageKey } from "./storage-key";
import { problem } from "@/lib/platform/i18n/problem";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export const STORE_UNAVAILABLE_MESSAGE = problem("StorageProblem.unavailable");

/** Files as objects in a bucket of any S3-compatible store (Amazon S3, MinIO, Ceph, Garage…). */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    // The SDK warns once per process on Node 20 that its releases after January 2027 need Node 22;
    // this is its documented switch (aws/aws-sdk-js-v3#7983), and the warning would otherwise land
    // in every log. An operator who wants it sets the variable to anything but "true".
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // A store that does not answer is reported quickly rather than after minutes of retries.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      // Many S3-compatible stores reject the SDK's newer default integrity headers; send them only
      // where S3 requires them. Our own SHA-256 of every document is checked on the way back anyway.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  get description(): string {
    return `the bucket ${this.settings.bucket}${this.settings.endpoint ? ` at ${this.settings.endpoint}` : ""}`;
  }

  async put(data: Uint8Array): Promise<string> {
    const key = newStorageKey();
    await this.send("store", () => this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: data, ContentLength: data.byteLength })));
    return key;
  }

  async restore(key: string, data: Uint8Array): Promise<void> {
    if (!isStorageKey(key)) throw new Error(`Refusing to store a file under ${JSON.stringify(key)}: not a storage key.`);
    await this.send("store", () => this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: data, ContentLength: data.byteLength })));
  }

  async read(key: string) {
    if (!isStorageKey(key)) return null;
    const object = await this.send("read", async () => {
      try {
        return await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    });
    if (!object?.Body) return null;
    return { stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 };
  }

  async remove(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    // S3 answers a deletion of a missing object with success, as the interface wants.
    await this.send("remove", () => this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key })));
  }

  async *keys(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.send("list", () => this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, ContinuationToken: token })));
      for (const object of page.Contents ?? []) if (object.Key && isStorageKey(object.Key)) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Runs one request; any failure (unreachable, refused, misconfigured) is logged for the operator and reported as 503. */
  private async send<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const { name, message } = error as Error;
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      logger.warn({ bucket: this.settings.bucket, endpoint: this.settings.endpoint, error: { name, message, status } }, `document store: could not ${what} a file`);
      throw new AppError("UNAVAILABLE", STORE_UNAVAILABLE_MESSAGE, { retryAfter: 30, cause: error });
    }
  }
}

function missing(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NoSuchKey" || (name !== "NoSuchBucket" && $metadata?.httpStatusCode === 404);
}
