export interface OperationObject {
  tags?: string[];
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: unknown[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short type name: `string`, `array of object`, `Problem`. */
function typeName(schema: Schema): string {
  if (schema.$ref) return schema.$ref.split('/').at(-1) ?? 'object';
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  return type === 'array' && schema.items ? `array of ${typeName(schema.items)}` : type;
}

/**
 * A small browsable page for the OpenAPI document: each body as a table of its fields (type,
 * required, description, example), the full JSON Schema folded below it, `$ref`s resolved from the
 * document's components. No scripts, no assets, works offline.
 */
export function docsPage(document: {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, unknown> };
}): string {
  const resolve = (schema: unknown): Schema => {
    const ref = (schema as Schema | undefined)?.$ref;
    const name = ref?.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
    return ((name ? document.components?.schemas?.[name] : schema) ?? {}) as Schema;
  };
  const fields = (raw: unknown) => {
    const schema = resolve(raw);
    const properties = Object.entries(schema.properties ?? {});
    const table = properties.length
      ? `<table><tr><th>field</th><th>type</th><th>description</th><th>example</th></tr>${properties
          .map(
            ([name, field]) =>
              `<tr><td><code>${html(name)}</code>${schema.required?.includes(name) ? ' <b>required</b>' : ''}</td><td>${html(typeName(field))}</td><td>${html(field.description ?? '')}</td><td>${field.examples?.length ? `<code>${html(JSON.stringify(field.examples[0]))}</code>` : ''}</td></tr>`,
          )
          .join('')}</table>`
      : schema.description
        ? `<p>${html(schema.description)}</p>`
        : '';
    return `${table}<details><summary>JSON Schema</summary><pre>${html(JSON.stringify(schema, null, 2))}</pre></details>`;
  };
  const rows = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const answers = Object.entries(operation.responses ?? {}).map(([status, answer]) => {
        const schema = answer.content ? Object.values(answer.content)[0]?.schema : undefined;
        const label = `<b>${html(status)}</b> ${html(answer.description ?? '')}`;
        return schema && Number(status) < 300
          ? `<details><summary>${label}</summary>${fields(schema)}</details>`
          : `<div class="answer">${label}</div>`;
      });
      return `<section id="${html(operation.operationId ?? `${method}-${path}`)}"><h3><code class="m-${method}">${method.toUpperCase()}</code> <code>${html(path)}</code></h3>
<p>${html(operation.summary ?? '')}</p>${operation.description ? `<p>${html(operation.description)}</p>` : ''}
${body ? `<h4>request body</h4>${fields(body)}` : ''}
<h4>answers</h4>${answers.join('\n')}
</section>`;
    }),
  );
  const problem = document.components?.schemas?.Problem;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(document.info.title)} API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h3{margin:.4rem 0}h4{margin:.6rem 0 .2rem;font-size:14px;color:#555}
pre{background:#f6f6f6;padding:.6rem;overflow:auto;font-size:13px}table{border-collapse:collapse;font-size:14px;margin:.3rem 0}
td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}.answer{padding-left:1.1rem}
code.m-get{color:#06c}code.m-post{color:#080}code.m-delete{color:#b00}summary{cursor:pointer}</style></head>
<body><h1>${html(document.info.title)} <small>${html(document.info.version)}</small></h1>
<p>${html(document.info.description ?? '')} The machine-readable document is at <a href="/docs/openapi.json">/docs/openapi.json</a>.</p>
${problem ? `<section id="Problem"><h3>Problem</h3><p>Every 4xx and 5xx above answers this, as application/problem+json.</p>${fields(problem)}</section>` : ''}
${rows.join('\n')}</body></html>`;
}
