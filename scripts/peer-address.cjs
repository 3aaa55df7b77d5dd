// Loaded into the Next.js server process by the launcher (`node --require`, through NODE_OPTIONS so
// that `next dev`'s forked server gets it too). Next.js sets X-Forwarded-For from the socket only
// when the request has none, so a client could otherwise name any address it likes. Here the
// socket's address is appended to X-Forwarded-For on every request, before Next.js sees it, as a
// reverse proxy does: its last entry is always the peer. lib/platform/auth/client-address.ts reads it.
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const diagnosticsChannel = require("node:diagnostics_channel");

diagnosticsChannel.subscribe("http.server.request.start", ({ request, socket }) => {
  const peer = socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
});
