/**
 * The cookie that carries a NeMo Gym session. Its value is the session's episode id: a random
 * 128-bit capability, the same one the v1 API takes, so any replica sharing the store can serve the
 * session and nothing but the store has to remember it. The session lives exactly as long as the
 * episode: past its idle TTL the engine closes it, and the cookie names nothing any more.
 *
 * NeMo Gym's agents pass cookies along by hand (`cookies=` on every call, with a dummy jar), so the
 * name, not the path, is what keeps the sessions of different server sets apart: it names the set.
 * No Path attribute: a browser-style jar then scopes it to the directory it was set from
 * (`…/nemo-gym/Calendar`), whatever prefix a proxy puts in front.
 */
export function sessionCookieName(servers: readonly string[]): string {
  // Server names are letters, digits and "_": all legal in a cookie name, as is ".".
  return `envfleet_nemo_gym.${servers.join('.')}`;
}

const EPISODE_ID = /^ep_[0-9a-f]{32}$/;

/**
 * The episode id a request's Cookie header carries under `name`: undefined when there is none,
 * `null` when there is one this server cannot have set.
 */
export function readSessionCookie(header: string | undefined, name: string): string | null | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    found = pair
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  if (found === undefined) return undefined;
  return EPISODE_ID.test(found) ? found : null;
}

/** The Set-Cookie value that starts a session. */
export function sessionCookie(name: string, episodeId: string): string {
  return `${name}=${episodeId}; HttpOnly; SameSite=Lax`;
}
