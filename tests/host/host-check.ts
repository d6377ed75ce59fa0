/**
 * DNS rebinding: a web page on evil.example can make its own name resolve to 127.0.0.1 and then
 * talk to the test host as "same origin". Its requests still carry `Host: evil.example`, so the
 * host answers only requests addressed to its own 127.0.0.1:port (or localhost:port).
 */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader || port <= 0) return false;
  const host = hostHeader.trim().toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
