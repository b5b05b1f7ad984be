/** What the page's script needs to know that `GET /v1/environments` does not say. */
export interface CatalogPageConfig {
  /** `single`: the sandbox is `/mcp`; `per-server`: `/mcp/{Server}` (the gateway). */
  mcp: 'single' | 'per-server';
  /** The base of the URLs the page hands out; none: the address the browser used. */
  publicUrl?: string;
  title: string;
}

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// JSON inside <script> must not be able to close it: `<` is written as its escape.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The catalog page as one document: a shell whose style and script are inline, so it loads in one
 * request, with no CDN and nothing else to fetch but the environments themselves (`v1/environments`,
 * fetched by the script: the shell stays the same few kilobytes however many environments there are).
 */
export function catalogPage(config: CatalogPageConfig, assets: { script: string; style: string }): string {
  const title = html(config.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} catalog</title>
<style>${assets.style}</style>
</head>
<body>
<header>
<h1>${title} <small>catalog</small></h1><p id="summary">Loading environments…</p>
<div class="controls"><input id="search" type="search" placeholder="Search environments and tools (name, description)" aria-label="Search environments and tools" autocomplete="off"><span id="count" class="muted"></span></div>
<nav id="domains" aria-label="Domains"></nav>
</header>
<main>
<div id="side"><ul id="list" aria-label="Environments"></ul><p id="empty" hidden>No environment matches.</p></div>
<section id="detail" aria-live="polite"><p class="intro">Pick an environment to see its tools and try them.</p></section>
</main>
<footer>HTTP API: <a href="docs">docs</a> · <a href="docs/openapi.json">OpenAPI</a> · <a href="metrics">metrics</a></footer>
<noscript><p>This page lists the environments with a script; without one, the same data is at <a href="v1/environments">v1/environments</a>.</p></noscript>
<script id="catalog-config" type="application/json">${scriptJson({ mcp: config.mcp, publicUrl: config.publicUrl ?? null })}</script>
<script>${assets.script}</script>
</body>
</html>
`;
}
