import { ConfigError } from '@envfleet/host';
import { isPlainName } from '@envfleet/kit';
import { RemoteRuntime } from './remote-runtime.js';

/**
 * Parses ENVFLEET_REMOTES: `Name=http://host:port,Other=http://host2:port`. Each name becomes a
 * server of the gateway, served by that process's v1 API.
 */
export function remotesFromVariables(variables: NodeJS.ProcessEnv = process.env): RemoteRuntime[] {
  const raw = variables.ENVFLEET_REMOTES?.trim();
  if (!raw) return [];
  const token = variables.ENVFLEET_REMOTE_TOKEN || undefined;
  return raw.split(',').map((entry) => {
    const [name, url] = entry.split('=').map((part) => part.trim());
    if (!name || !url || !isPlainName(name)) {
      throw new ConfigError(`ENVFLEET_REMOTES entry "${entry}" is not Name=http://host:port`);
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`ENVFLEET_REMOTES: "${url}" (for ${name}) is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new ConfigError(`ENVFLEET_REMOTES: "${url}" (for ${name}) must be an http(s) URL`);
    }
    return new RemoteRuntime(name, url, token ? { token } : {});
  });
}

/** Probes every remote now and then every `intervalMs`; returns a function that stops probing. */
export function watchRemotes(remotes: RemoteRuntime[], intervalMs: number): () => void {
  if (remotes.length === 0) return () => {};
  const probe = () => void Promise.all(remotes.map((remote) => remote.check()));
  const timer = setInterval(probe, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
