import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/platform/i18n/request.ts");

/** The powerful browser features, none of which the app uses: no page or frame of it may use them. */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "bluetooth",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Every path but the build's static files (/_next/static/…). */
export const DOCUMENTS = "/:path((?!_next/static/).*)";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Prisma's generated client and the pg driver run as plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino", "pino-pretty", "@node-rs/argon2", "exceljs", "pg-boss", "nodemailer", "libxml2-wasm"],
  experimental: {
    // `forbidden()`: an edit page of a record the reader may see but not change answers 403 and says who can.
    authInterrupts: true,
    // Documents are at most 10 MB (lib/domain/documents/file-rules.ts); the form around one needs a little more.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        // Policies for what a document may do: not on the build's script and style files, which
        // are no documents; their ~600 bytes on each would weigh on a phone loading ten of them.
        source: DOCUMENTS,
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
