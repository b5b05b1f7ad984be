/**
 * The URL clients reach this server at (`ENVFLEET_PUBLIC_URL`), as a base to append paths to: an
 * http(s) URL with no query or fragment, its trailing slash removed. Behind a proxy or TLS
 * terminator the request alone cannot tell the scheme and host clients use; with this set, the URLs
 * the server hands out (a reset's `mcpUrl`) never depend on what a request claims.
 */
export function publicBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${JSON.stringify(raw)} is not a URL: expected one like https://envfleet.example.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${JSON.stringify(raw)} is not an http or https URL`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${JSON.stringify(raw)} must be a base URL, without credentials, query or fragment`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
