// Holding back a response of the app until it is complete (capture), and sending a cached page
// (send): the two halves of the page cache's work on the wire.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { randomUUID } = require("node:crypto");

/** Headers of the app's response that are not part of the page: per response, or set again on sending. */
const NOT_STORED = new Set([
  "cache-control",
  "connection",
  "content-encoding",
  "content-length",
  "content-security-policy",
  "date",
  "etag",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
  "x-cache",
  "x-request-id",
]);
/** Browsers may keep a cached page but must ask again before each use (an ETag makes that cheap); no shared cache may keep it. */
const CACHE_CONTROL = "private, no-cache";
/** Added to what the app varies on: the cached page depends on the language, the cookies and the encoding too. */
const VARY = ["Accept-Language", "Cookie", "Accept-Encoding"];
const PATCHED = ["writeHead", "write", "end", "flushHeaders"];

/**
 * Keeps what the app writes to `response` instead of sending it; once the app ends the response,
 * puts the response's methods back and calls `done(status, body)`, which must send it.
 */
function capture(response, done) {
  const chunks = [];
  const own = new Map(PATCHED.map((name) => [name, Object.getOwnPropertyDescriptor(response, name)]));
  const restore = () => {
    for (const [name, descriptor] of own) {
      if (descriptor) Object.defineProperty(response, name, descriptor);
      else delete response[name];
    }
  };
  response.writeHead = function writeHead(status, reason, headers) {
    response.statusCode = status;
    if (typeof reason === "string") response.statusMessage = reason;
    else headers = reason;
    for (const [name, value] of headerPairs(headers)) response.setHeader(name, value);
    return response;
  };
  response.flushHeaders = () => undefined;
  response.write = function write(chunk, encoding, callback) {
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    if (callback) process.nextTick(callback);
    return true;
  };
  response.end = function end(chunk, encoding, callback) {
    if (typeof chunk === "function") [callback, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (chunk != null) chunks.push(toBuffer(chunk, encoding));
    restore();
    done(response.statusCode, Buffer.concat(chunks));
    if (callback) process.nextTick(callback);
    return response;
  };
  return restore;
}

function headerPairs(headers) {
  if (!headers) return [];
  if (!Array.isArray(headers)) return Object.entries(headers);
  if (Array.isArray(headers[0])) return headers;
  const pairs = [];
  for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  return pairs;
}

function toBuffer(chunk, encoding) {
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** The headers of the app's response worth keeping with the page. */
function storedHeaders(response) {
  const headers = {};
  for (const [name, value] of Object.entries(response.getHeaders())) if (!NOT_STORED.has(name)) headers[name] = value;
  return headers;
}

/**
 * Sends `entry` to `request`'s client: its headers and security policy, a fresh request id (or the
 * one the app gave this response), validators, and the body gzipped when the client takes it;
 * 304 when the client's copy is current; no body for HEAD.
 */
function send(request, response, entry, cacheStatus) {
  const requestId = response.getHeader("x-request-id") ?? randomUUID();
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  for (const [name, value] of Object.entries(entry.headers)) response.setHeader(name, value);
  response.setHeader("x-request-id", requestId);
  response.setHeader("content-security-policy", entry.csp);
  response.setHeader("cache-control", CACHE_CONTROL);
  response.setHeader("vary", vary(entry.headers.vary));
  response.setHeader("etag", entry.etag);
  response.setHeader("x-cache", cacheStatus);
  if (matches(request.headers["if-none-match"], entry.etag)) {
    response.writeHead(304);
    response.end();
    return;
  }
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? entry.gzipBody : entry.body;
  if (gzip) response.setHeader("content-encoding", "gzip");
  response.setHeader("content-length", body.length);
  response.writeHead(entry.status);
  response.end(request.method === "HEAD" ? undefined : body);
}

function vary(appVary) {
  const names = String(appVary ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of VARY) if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  return names.join(", ");
}

function matches(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== "string") return false;
  const weak = (tag) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

function acceptsGzip(acceptEncoding) {
  if (typeof acceptEncoding !== "string") return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    return (coding === "gzip" || coding === "x-gzip") && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

module.exports = { capture, send, storedHeaders, acceptsGzip, CACHE_CONTROL, VARY };
