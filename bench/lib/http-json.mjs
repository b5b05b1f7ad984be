// Setup and sanity requests of the HTTP figures (never the measured load, which is autocannon's).

export async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  if (!response.ok) throw new Error(`bench: POST ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return parsed;
}

/** `count` Retail episodes on the gateway at `base`, reset from the demo preset. */
export async function resetEpisodes(base, count, resetBody) {
  const episodes = [];
  for (let i = 0; i < count; i++) episodes.push(await postJson(`${base}/v1/episodes`, resetBody));
  return episodes;
}

/**
 * A few hundred requests before a quick run (which has no timed warm-up), so that a one-second
 * run measures compiled code rather than the interpreter.
 */
export async function warmUp(url, body, headers = {}, count = 300, concurrency = 8) {
  let left = count;
  const worker = async () => {
    while (left-- > 0) await postJson(url, body, headers);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
