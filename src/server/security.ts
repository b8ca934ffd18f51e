// Who may talk to the server. On a loopback address only this machine can connect, but any web
// page open in the user's browser can still send it requests: so the Host header must name a
// loopback host (defeats DNS rebinding) and writes must be JSON from the same origin (a
// cross-site form cannot send that without a preflight we never grant). On any other address a
// token is required on every API request.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || h === "0:0:0:0:0:0:0:1";
  return false;
}

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The host name of a Host header ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "::1"). */
export function hostName(header: string | undefined): string {
  if (!header) return "";
  if (header.startsWith("[")) return header.slice(1, header.indexOf("]"));
  const colon = header.lastIndexOf(":");
  return colon > 0 && header.indexOf(":") === colon ? header.slice(0, colon) : header;
}

/** The token a request carries: `Authorization: Bearer …` or `?token=…`. */
export function requestToken(authorization: string | undefined, url: string): string | null {
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (m) return m[1];
  }
  const q = url.indexOf("?");
  if (q < 0) return null;
  return new URLSearchParams(url.slice(q + 1)).get("token");
}

/** Headers for every response: no sniffing, no framing, scripts and data only from here. */
export const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};
