// The catalog page's script: plain browser JavaScript, no framework, no network but this server.
// The page arrives as a small shell; the environments come from GET v1/environments (one request,
// the same JSON the API serves), the list is built once and filtered by toggling `hidden`, and an
// environment's details (argument tables, URLs, try-it panel) are built only when it is opened, so
// the page stays quick with every environment of the fleet.
// Paths are relative (`v1/…`), so the page works under a path prefix (ENVFLEET_PUBLIC_URL).

const config = JSON.parse(document.getElementById('catalog-config').textContent);
const base = (config.publicUrl || new URL('.', location.href).href).replace(/\/$/, '');

/** The MCP URLs of one server: what the page lists and the client snippet uses. */
function mcpUrls(server) {
  return {
    sandbox: config.mcp === 'single' ? `${base}/mcp` : `${base}/mcp/${server}`,
    envfactory: `${base}/envfactory/${server}/mcp`,
    episode: `${base}/v1/episodes/{episodeId}/mcp`,
  };
}

// --- DOM helpers -------------------------------------------------------------------------------

/** An element with attributes (`on…` as listeners) and children (strings become text, never HTML). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const $ = (id) => document.getElementById(id);
const pretty = (value) => JSON.stringify(value, null, 2);

function copyButton(text) {
  return h(
    'button',
    {
      type: 'button',
      class: 'copy',
      title: 'Copy to the clipboard',
      onclick: async (event) => {
        const button = event.currentTarget;
        try {
          await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
          button.textContent = 'copied';
        } catch {
          button.textContent = 'select and copy';
        }
        setTimeout(() => {
          button.textContent = 'copy';
        }, 1500);
      },
    },
    'copy',
  );
}

/** A JSON request to this server; a refusal throws its problem+json detail. */
async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const issues = Array.isArray(answer.issues) ? ` (${answer.issues.join('; ')})` : '';
    throw new Error(`${response.status} ${answer.title ?? ''}: ${answer.detail ?? text}${issues}`);
  }
  return answer;
}

// --- JSON Schema, read for people --------------------------------------------------------------

/** `X or null` (pydantic's Optional) is read as X, not required: the null is said in the table. */
function unwrapNullable(schema) {
  const options = schema.anyOf ?? schema.oneOf;
  if (!options) return { schema, nullable: false };
  const rest = options.filter((option) => option.type !== 'null');
  if (rest.length === 1 && rest.length < options.length) return { schema: { ...rest[0], ...withoutUnion(schema) }, nullable: true };
  return { schema, nullable: false };
}

function withoutUnion(schema) {
  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = schema;
  return rest;
}

function typeLabel(schema) {
  if (!schema || typeof schema !== 'object') return 'any';
  if (schema.enum) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if ('const' in schema) return `exactly ${JSON.stringify(schema.const)}`;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.map(typeLabel).join(' or ');
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type === 'array') return `array of ${typeLabel(schema.items)}`;
  if (type === 'object' && !schema.properties) {
    return typeof schema.additionalProperties === 'object' ? `object of ${typeLabel(schema.additionalProperties)}` : 'object';
  }
  if (type === 'string' && schema.format) return `string (${schema.format})`;
  return type ?? 'any';
}

/** One row per argument, nested object fields as `parent.child` (`parent[].child` inside arrays). */
function argumentRows(schema, prefix = '', depth = 0) {
  const required = new Set(schema.required ?? []);
  const rows = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const { schema: field, nullable } = unwrapNullable(raw);
    const path = prefix + name;
    rows.push({
      name: path,
      type: typeLabel(field) + (nullable ? ' or null' : ''),
      required: required.has(name),
      default: 'default' in raw ? JSON.stringify(raw.default) : '',
      description: raw.description ?? field.description ?? '',
    });
    if (depth >= 2) continue;
    if (field.type === 'object' && field.properties) rows.push(...argumentRows(field, `${path}.`, depth + 1));
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties) {
      rows.push(...argumentRows(field.items, `${path}[].`, depth + 1));
    }
  }
  return rows;
}

function argumentTable(schema) {
  const rows = argumentRows(schema);
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No arguments.');
  // Most schemas describe no argument: a column of blanks says nothing, so it is left out.
  const described = rows.some((row) => row.description);
  return h(
    'table',
    { class: 'args' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'argument'),
        h('th', {}, 'type'),
        h('th', {}, 'required'),
        h('th', {}, 'default'),
        described ? h('th', {}, 'description') : '',
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          h('td', {}, h('code', {}, row.name)),
          h('td', {}, row.type),
          h('td', {}, row.required ? 'yes' : ''),
          h('td', {}, row.default ? h('code', {}, row.default) : ''),
          described ? h('td', {}, row.description) : '',
        ),
      ),
    ),
  );
}

// --- the list: search and domain filter -------------------------------------------------------

const catalog = { environments: [], cards: new Map(), domain: '', open: null };

function searchText(environment) {
  return [
    environment.name,
    environment.domain,
    environment.description,
    ...environment.tools.flatMap((tool) => [tool.name, tool.description]),
  ]
    .join('\n')
    .toLowerCase();
}

function renderList() {
  const list = $('list');
  list.replaceChildren();
  for (const environment of catalog.environments) {
    const matches = h('p', { class: 'matches', hidden: true });
    const card = h(
      'li',
      { class: 'card', 'data-name': environment.name, 'data-domain': environment.domain },
      h(
        'a',
        { href: `#${encodeURIComponent(environment.name)}` },
        h('strong', {}, environment.name),
        ' ',
        h('span', { class: 'domain' }, environment.domain),
        environment.remote
          ? h(
              'span',
              { class: environment.remote.healthy ? 'remote' : 'remote down' },
              environment.remote.healthy ? 'remote' : 'unreachable',
            )
          : '',
        h('span', { class: 'count' }, `${environment.tools.length} tools`),
      ),
      h('p', { class: 'description' }, environment.description),
      matches,
    );
    list.append(card);
    catalog.cards.set(environment.name, { card, matches, text: searchText(environment), environment });
  }
}

function renderDomains() {
  const counts = new Map();
  for (const environment of catalog.environments) counts.set(environment.domain, (counts.get(environment.domain) ?? 0) + 1);
  const button = (domain, label, count) =>
    h(
      'button',
      {
        type: 'button',
        class: 'chip',
        'data-domain': domain,
        'aria-pressed': String(catalog.domain === domain),
        onclick: () => {
          catalog.domain = domain;
          for (const other of $('domains').children) other.setAttribute('aria-pressed', String(other.dataset.domain === domain));
          applyFilter();
        },
      },
      `${label} `,
      h('span', { class: 'muted' }, String(count)),
    );
  $('domains').replaceChildren(
    button('', 'all', catalog.environments.length),
    ...[...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([domain, count]) => button(domain, domain, count)),
  );
}

const searchWords = () => $('search').value.toLowerCase().split(/\s+/).filter(Boolean);

/** Every word of the search must appear (in a name, a description, or a tool); tools that match are named on the card. */
function applyFilter() {
  const words = searchWords();
  let shown = 0;
  for (const { card, matches, text, environment } of catalog.cards.values()) {
    const visible = (!catalog.domain || environment.domain === catalog.domain) && words.every((word) => text.includes(word));
    card.hidden = !visible;
    if (visible) shown += 1;
    const tools =
      words.length === 0 ? [] : environment.tools.filter((tool) => words.some((word) => tool.name.toLowerCase().includes(word)));
    matches.hidden = !visible || tools.length === 0;
    matches.textContent = tools.length ? `tools: ${tools.map((tool) => tool.name).join(', ')}` : '';
  }
  $('count').textContent = `${shown} of ${catalog.environments.length} environments`;
  $('empty').hidden = shown !== 0;
}

// --- one environment: details, URLs, try it -----------------------------------------------------

function urlRow(label, url, note) {
  return h(
    'tr',
    {},
    h('th', {}, label),
    h('td', {}, h('code', { class: 'url' }, url), note ? h('div', { class: 'muted' }, note) : ''),
    h('td', {}, copyButton(url)),
  );
}

function clientSnippet(server) {
  return pretty({ mcpServers: { [server]: { type: 'http', url: mcpUrls(server).sandbox } } });
}

function openEnvironment(name) {
  const entry = catalog.cards.get(name);
  if (catalog.open) closeEpisode(catalog.open);
  for (const { card } of catalog.cards.values()) card.classList.toggle('selected', card.dataset.name === name);
  const detail = $('detail');
  if (!entry) {
    catalog.open = null;
    detail.replaceChildren(
      h('p', { class: 'intro' }, name ? `No environment is named "${name}".` : 'Pick an environment to see its tools and try them.'),
    );
    return;
  }
  const environment = entry.environment;
  const urls = mcpUrls(environment.name);
  const session = { environment, episodeId: null, state: undefined };
  catalog.open = session;
  detail.replaceChildren(
    h(
      'h2',
      {},
      environment.name,
      ' ',
      h('span', { class: 'domain' }, environment.domain),
      ' ',
      h('span', { class: 'muted' }, `v${environment.version}`),
    ),
    h('p', {}, environment.description),
    environment.remote
      ? h('p', { class: 'muted' }, `Served by ${environment.remote.url} (${environment.remote.healthy ? 'answering' : 'not answering'}).`)
      : '',
    h('h3', {}, 'MCP'),
    h(
      'table',
      { class: 'urls' },
      h(
        'tbody',
        {},
        urlRow('sandbox', urls.sandbox, 'Each MCP session gets its own episode from the demo preset; bare tool names.'),
        urlRow('EnvFactory', urls.envfactory, "Answers as EnvFactory's reference server: load_scenario, save_scenario, FastMCP texts."),
        urlRow('episode', urls.episode, 'A rollout: the mcpUrl a reset answers (POST v1/episodes); try it below to get one.'),
      ),
    ),
    h('p', {}, 'Client configuration ', copyButton(clientSnippet(environment.name))),
    h('pre', { class: 'snippet' }, clientSnippet(environment.name)),
    h('h3', {}, 'Presets'),
    h(
      'p',
      {},
      environment.presets.length
        ? environment.presets.map((preset) => h('code', { class: 'preset' }, preset))
        : h('span', { class: 'muted' }, 'none'),
    ),
    tryPanel(session),
    graphSection(environment),
    h('h3', {}, `Tools (${environment.tools.length})`),
    ...environment.tools.map((tool) =>
      h(
        'details',
        { class: 'tool', id: `tool-${tool.name}` },
        h('summary', {}, h('code', {}, tool.name), ' ', h('span', { class: 'muted' }, tool.description.split(/(?<=\.)\s/)[0])),
        h('p', {}, tool.description),
        argumentTable(tool.inputSchema),
      ),
    ),
  );
  // Found by a tool's name: that tool's arguments are shown open.
  const words = searchWords();
  for (const tool of environment.tools) {
    if (words.some((word) => tool.name.toLowerCase().includes(word))) $(`tool-${tool.name}`).open = true;
  }
  detail.scrollTop = 0;
}

function closeEpisode(session) {
  if (!session.episodeId) return;
  // Best effort: an episode left open expires with its TTL anyway.
  fetch(`v1/episodes/${session.episodeId}`, { method: 'DELETE', keepalive: true }).catch(() => {});
  session.episodeId = null;
}

/** The field a form shows for an argument, and how its text is read back. */
function argumentField(name, raw, required) {
  const { schema } = unwrapNullable(raw);
  const id = `arg-${name}`;
  const hint = 'default' in raw ? `default ${JSON.stringify(raw.default)}` : required ? 'required' : 'optional';
  let input;
  let read;
  if (schema.enum) {
    input = h(
      'select',
      { id, name },
      h('option', { value: '' }, `(${hint})`),
      schema.enum.map((value, index) => h('option', { value: String(index) }, JSON.stringify(value))),
    );
    read = () => (input.value === '' ? undefined : schema.enum[Number(input.value)]);
  } else if (schema.type === 'boolean') {
    input = h(
      'select',
      { id, name },
      h('option', { value: '' }, `(${hint})`),
      h('option', { value: 'true' }, 'true'),
      h('option', { value: 'false' }, 'false'),
    );
    read = () => (input.value === '' ? undefined : input.value === 'true');
  } else if (schema.type === 'integer' || schema.type === 'number') {
    input = h('input', { id, name, type: 'number', step: schema.type === 'integer' ? '1' : 'any', placeholder: hint });
    read = () => (input.value === '' ? undefined : Number(input.value));
  } else if (schema.type === 'string') {
    input = h('input', { id, name, type: 'text', placeholder: schema.format ? `${hint}, ${schema.format}` : hint });
    read = () => (input.value === '' ? undefined : input.value);
  } else {
    // Objects, arrays and unions: typed as JSON, which says exactly what is sent.
    const example = schema.type === 'array' ? '[]' : schema.type === 'object' ? '{}' : 'JSON';
    input = h('textarea', { id, name, rows: 2, placeholder: `${hint}: ${example}` });
    read = () => {
      if (input.value.trim() === '') return undefined;
      try {
        return JSON.parse(input.value);
      } catch (error) {
        throw new Error(`${name}: not JSON (${error.message})`);
      }
    };
  }
  const label = h(
    'label',
    { for: id },
    h('code', {}, name),
    required ? h('span', { class: 'required', title: 'required' }, ' *') : '',
    h('span', { class: 'muted' }, ` ${typeLabel(schema)}`),
  );
  return { row: h('div', { class: 'field' }, label, input), name, read };
}

function tryPanel(session) {
  const { environment } = session;
  const presetSelect = h(
    'select',
    { id: 'try-preset' },
    environment.presets.map((preset) => h('option', { value: preset }, preset)),
    h('option', { value: '' }, '(default world)'),
  );
  const seedInput = h('input', { id: 'try-seed', type: 'number', step: '1', value: '1' });
  const status = h('p', { id: 'try-status', class: 'muted' }, 'Reset an episode to call tools in it.');
  const toolSelect = h(
    'select',
    { id: 'try-tool', disabled: true },
    environment.tools.map((tool) => h('option', { value: tool.name }, tool.name)),
  );
  const form = h('form', { id: 'try-form' });
  const result = h('div', { id: 'try-result' });
  const diff = h('div', { id: 'try-diff' });
  let fields = [];

  const buildForm = () => {
    const tool = environment.tools.find((candidate) => candidate.name === toolSelect.value);
    const required = new Set(tool?.inputSchema.required ?? []);
    fields = Object.entries(tool?.inputSchema.properties ?? {}).map(([name, schema]) => argumentField(name, schema, required.has(name)));
    form.replaceChildren(
      h('p', { class: 'muted' }, tool?.description ?? ''),
      ...fields.map((field) => field.row),
      fields.length ? '' : h('p', { class: 'muted' }, 'No arguments.'),
      h('button', { type: 'submit', id: 'try-call', disabled: !session.episodeId }, `Call ${toolSelect.value}`),
    );
  };
  toolSelect.addEventListener('change', buildForm);

  const reset = async () => {
    closeEpisode(session);
    status.textContent = 'Resetting…';
    result.replaceChildren();
    diff.replaceChildren();
    try {
      const seed = seedInput.value === '' ? undefined : Number(seedInput.value);
      const body = {
        servers: [environment.name],
        ...(presetSelect.value ? { presets: { [environment.name]: presetSelect.value } } : {}),
        ...(seed === undefined ? {} : { seed }),
      };
      const created = await api('POST', 'v1/episodes', body);
      if (catalog.open !== session) return closeEpisode({ episodeId: created.episodeId });
      session.episodeId = created.episodeId;
      session.state = (await api('GET', `v1/episodes/${created.episodeId}/state`)).state[environment.name];
      status.replaceChildren(
        'Episode ',
        h('code', { id: 'try-episode' }, created.episodeId),
        ` from ${presetSelect.value ? `preset ${presetSelect.value}` : 'the default world'}; its MCP URL: `,
        h('code', { class: 'url' }, created.mcpUrl),
        ' ',
        copyButton(created.mcpUrl),
      );
      toolSelect.disabled = false;
      buildForm();
    } catch (error) {
      status.textContent = `Reset refused: ${error.message}`;
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!session.episodeId) return;
    let args;
    try {
      args = {};
      for (const field of fields) {
        const value = field.read();
        if (value !== undefined) args[field.name] = value;
      }
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error' }, error.message));
      return;
    }
    const name = `${environment.name}-${toolSelect.value}`;
    try {
      const answer = await api('POST', `v1/episodes/${session.episodeId}/step`, { calls: [{ name, arguments: args }] });
      const call = answer.results[0];
      result.replaceChildren(
        h(
          'h4',
          {},
          `Result of step ${answer.step} `,
          h('span', { class: call.isError ? 'badge error' : 'badge ok' }, call.isError ? 'tool error' : 'ok'),
        ),
        h('pre', { class: 'call' }, `${name}(${JSON.stringify(args)})`),
        h('pre', { id: 'try-content' }, pretty(call.content)),
      );
      const after = (await api('GET', `v1/episodes/${session.episodeId}/state`)).state[environment.name];
      diff.replaceChildren(diffTable(stateDiff(session.state, after)));
      session.state = after;
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error' }, error.message));
    }
  });

  buildForm();
  return h(
    'section',
    { class: 'try' },
    h('h3', {}, 'Try it'),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'try-preset' }, 'preset '),
      presetSelect,
      h('label', { for: 'try-seed' }, ' seed '),
      seedInput,
      ' ',
      h('button', { type: 'button', id: 'try-reset', onclick: reset }, 'Reset episode'),
    ),
    status,
    h('div', { class: 'row' }, h('label', { for: 'try-tool' }, 'tool '), toolSelect),
    form,
    result,
    diff,
  );
}

// --- state diff ---------------------------------------------------------------------------------

const pointer = (path) => path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') || '/';

// --- The tool graph ------------------------------------------------------------------------------

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (strings become text). */
function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes ?? {})) element.setAttribute(key, String(value));
  for (const child of children.flat()) element.append(child instanceof Node ? child : String(child));
  return element;
}

/** The environment's tool graph (GET v1/graph), fetched and drawn the first time it is opened. */
function graphSection(environment) {
  const body = h('div', { class: 'graph' }, h('p', { class: 'muted' }, 'Building the graph…'));
  let requested = false;
  return h(
    'details',
    {
      class: 'tool-graph',
      ontoggle: async (event) => {
        if (!event.currentTarget.open || requested) return;
        requested = true;
        try {
          const graph = await api('GET', `v1/graph?servers=${encodeURIComponent(environment.name)}`);
          body.replaceChildren(...drawGraph(graph));
        } catch (error) {
          body.replaceChildren(h('p', { class: 'error' }, `No graph: ${error.message}`));
        }
      },
    },
    h('summary', {}, h('h3', {}, 'Tool graph')),
    h(
      'p',
      { class: 'muted' },
      "An arrow from one tool to another: a field of the first one's result can be an argument of the second. The sampler walks these (envfleet sample).",
    ),
    body,
  );
}

/** Tools on a circle, one arrow per pair of tools an edge joins (hover it for the fields), then the edges as a list. */
function drawGraph(graph) {
  const count = graph.nodes.length;
  const radius = Math.max(90, count * 13);
  const margin = 190;
  const size = 2 * (radius + margin);
  const center = radius + margin;
  const at = new Map(
    graph.nodes.map((node, index) => {
      const angle = (2 * Math.PI * index) / Math.max(count, 1) - Math.PI / 2;
      return [node.name, { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), angle }];
    }),
  );
  const pairs = new Map();
  for (const edge of graph.edges) {
    const key = `${edge.from}\u0000${edge.to}`;
    const labels = pairs.get(key) ?? [];
    labels.push(edge.field === edge.argument ? edge.argument : `${edge.field} → ${edge.argument}`);
    pairs.set(key, labels);
  }
  const lines = [...pairs].map(([key, labels]) => {
    const [from, to] = key.split('\u0000');
    const a = at.get(from);
    const b = at.get(to);
    // Stop short of the target's dot, so the arrowhead shows.
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const end = { x: b.x - ((b.x - a.x) * 9) / length, y: b.y - ((b.y - a.y) * 9) / length };
    return svg(
      'line',
      { class: 'graph-edge', x1: a.x, y1: a.y, x2: end.x, y2: end.y, 'marker-end': 'url(#graph-arrow)' },
      svg('title', {}, `${from} → ${to}: ${labels.join(', ')}`),
    );
  });
  const dots = graph.nodes.map((node) => {
    const { x, y, angle } = at.get(node.name);
    const right = Math.cos(angle) >= 0;
    return svg(
      'g',
      { class: node.readOnly ? 'graph-node read' : 'graph-node' },
      svg('circle', { cx: x, cy: y, r: 5 }),
      svg(
        'text',
        { x: x + (right ? 9 : -9), y: y + 4, 'text-anchor': right ? 'start' : 'end' },
        node.tool,
        svg('title', {}, `${node.name}${node.observed.length ? ` — answers ${node.observed.join(', ')}` : ''}`),
      ),
    );
  });
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': `Tool graph: ${count} tools, ${graph.edges.length} edges` },
    svg(
      'defs',
      {},
      svg(
        'marker',
        { id: 'graph-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z' }),
      ),
    ),
    ...lines,
    ...dots,
  );
  const list = graph.edges.map((edge) =>
    h(
      'li',
      {},
      h('code', {}, edge.from.slice(edge.from.indexOf('-') + 1)),
      ' → ',
      h('code', {}, edge.to.slice(edge.to.indexOf('-') + 1)),
      ' ',
      h('span', { class: 'muted' }, edge.field === edge.argument ? edge.argument : `${edge.field} → ${edge.argument}`),
    ),
  );
  return [
    h('p', {}, `${count} tools, ${graph.edges.length} edges (filled dots change the state, hollow ones only read it).`),
    picture,
    list.length
      ? h('details', { class: 'graph-edges' }, h('summary', {}, `Every edge (${list.length})`), h('ul', {}, list))
      : h('p', { class: 'muted' }, 'No tool here feeds another.'),
  ];
}

/** What changed from `before` to `after`, as JSON Patch-like rows (path, before, after). */
function stateDiff(before, after, path = [], out = []) {
  if (Object.is(before, after)) return out;
  const bothObjects =
    before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after);
  if (!bothObjects) {
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ op: 'replace', path: pointer(path), before, after });
    return out;
  }
  const keys = Array.isArray(before)
    ? [...Array(Math.max(before.length, after.length)).keys()]
    : [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const had = Object.hasOwn(before, key);
    const has = Object.hasOwn(after, key);
    if (had && !has) out.push({ op: 'remove', path: pointer([...path, key]), before: before[key] });
    else if (!had && has) out.push({ op: 'add', path: pointer([...path, key]), after: after[key] });
    else stateDiff(before[key], after[key], [...path, key], out);
  }
  return out;
}

function diffTable(changes) {
  if (changes.length === 0) return h('p', { id: 'try-nochange', class: 'muted' }, 'The state did not change.');
  const cell = (value) => (value === undefined ? '' : h('code', {}, JSON.stringify(value)));
  return h(
    'div',
    {},
    h('h4', {}, `State diff (${changes.length} ${changes.length === 1 ? 'change' : 'changes'})`),
    h(
      'table',
      { class: 'diff', id: 'try-difftable' },
      h('thead', {}, h('tr', {}, h('th', {}, 'op'), h('th', {}, 'path'), h('th', {}, 'before'), h('th', {}, 'after'))),
      h(
        'tbody',
        {},
        changes.map((change) =>
          h(
            'tr',
            { class: `op-${change.op}` },
            h('td', {}, change.op),
            h('td', {}, h('code', {}, change.path)),
            h('td', {}, cell(change.before)),
            h('td', {}, cell(change.after)),
          ),
        ),
      ),
    ),
  );
}

// --- start --------------------------------------------------------------------------------------

function route() {
  const named = decodeURIComponent(location.hash.slice(1));
  // A server of one environment has nothing to choose between: that one is shown.
  const only = catalog.environments.length === 1 ? catalog.environments[0].name : '';
  openEnvironment(named || only);
}

async function start() {
  try {
    catalog.environments = (await api('GET', 'v1/environments')).environments;
  } catch (error) {
    $('summary').textContent = `Could not load the environments: ${error.message}`;
    return;
  }
  const tools = catalog.environments.reduce((sum, environment) => sum + environment.tools.length, 0);
  const domains = new Set(catalog.environments.map((environment) => environment.domain)).size;
  $('summary').textContent = `${catalog.environments.length} environments, ${tools} tools, ${domains} domains.`;
  renderList();
  renderDomains();
  $('search').addEventListener('input', applyFilter);
  applyFilter();
  window.addEventListener('hashchange', route);
  addEventListener('pagehide', () => catalog.open && closeEpisode(catalog.open));
  route();
  // For whoever measures the page (its browser test): listed and usable, counted from navigation.
  performance.mark('catalog-ready');
  document.body.dataset.ready = 'true';
}

start();
