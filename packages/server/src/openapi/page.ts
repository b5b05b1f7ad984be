export interface OperationObject {
  summary?: string;
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

/** A small browsable page for the OpenAPI document: no scripts, no assets, works offline. */
export function docsPage(document: {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OperationObject>>;
}): string {
  const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const answers = Object.entries(operation.responses ?? {});
      const schema = (label: string, value: unknown) =>
        `<details><summary>${label}</summary><pre>${html(JSON.stringify(value, null, 2))}</pre></details>`;
      return `<section><h3><code class="m-${method}">${method.toUpperCase()}</code> <code>${html(path)}</code></h3>
<p>${html(operation.summary ?? '')}</p>
${body ? schema('request body', body) : ''}
${answers.map(([status, answer]) => schema(`${status} ${html(answer.description ?? '')}`, answer.content ? Object.values(answer.content)[0] : {})).join('\n')}
</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(document.info.title)} API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h3{margin:.4rem 0}pre{background:#f6f6f6;padding:.6rem;overflow:auto;font-size:13px}
code.m-get{color:#06c}code.m-post{color:#080}code.m-delete{color:#b00}summary{cursor:pointer;color:#555}</style></head>
<body><h1>${html(document.info.title)} <small>${html(document.info.version)}</small></h1>
<p>${html(document.info.description ?? '')} The machine-readable document is at <a href="/docs/openapi.json">/docs/openapi.json</a>.</p>
${rows.join('\n')}</body></html>`;
}
