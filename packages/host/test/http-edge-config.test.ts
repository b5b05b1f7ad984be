import { MemoryEpisodeStore } from '@envfleet/episodes';
import { describe, expect, it } from 'vitest';
import { ConfigError, readProcessConfig, serverOptionsFrom } from '../src/index.js';

const stores = { store: new MemoryEpisodeStore(), onClose: undefined, description: 'memory', close: async () => {} };

describe('HTTP edge settings', () => {
  it('reads host names, the public URL, the JSON depth and the timeouts, and hands them to the server', () => {
    const config = readProcessConfig({
      ENVFLEET_ALLOWED_HOSTS: ' gateway , Envfleet.Example.com:8443,10.0.0.5',
      ENVFLEET_PUBLIC_URL: 'https://envfleet.example.com/rl/',
      ENVFLEET_MAX_JSON_DEPTH: '32',
      ENVFLEET_REQUEST_TIMEOUT_MS: '30000',
      ENVFLEET_HEADERS_TIMEOUT_MS: '5000',
      ENVFLEET_KEEP_ALIVE_TIMEOUT_MS: '10000',
    });
    expect(serverOptionsFrom(config, stores)).toMatchObject({
      allowedHosts: ['gateway', 'envfleet.example.com', '10.0.0.5'],
      publicUrl: 'https://envfleet.example.com/rl',
      maxJsonDepth: 32,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 5_000,
      keepAliveTimeoutMs: 10_000,
    });
  });

  it('leaves unset ones to the defaults', () => {
    const settings = serverOptionsFrom(readProcessConfig({}), stores);
    for (const name of ['allowedHosts', 'publicUrl', 'maxJsonDepth', 'requestTimeoutMs', 'headersTimeoutMs', 'keepAliveTimeoutMs']) {
      expect(settings).not.toHaveProperty(name);
    }
  });

  it('stops at start on a value that cannot work, naming the variable', () => {
    for (const [name, value] of [
      ['ENVFLEET_ALLOWED_HOSTS', 'gateway,http://evil/path'],
      ['ENVFLEET_PUBLIC_URL', 'envfleet.example.com'],
      ['ENVFLEET_PUBLIC_URL', 'ftp://envfleet.example.com'],
      ['ENVFLEET_PUBLIC_URL', 'https://envfleet.example.com/?x=1'],
      ['ENVFLEET_MAX_JSON_DEPTH', '0'],
      ['ENVFLEET_REQUEST_TIMEOUT_MS', '0'],
      ['ENVFLEET_KEEP_ALIVE_TIMEOUT_MS', 'forever'],
    ] as const) {
      expect(() => readProcessConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      expect(() => readProcessConfig({ [name]: value })).toThrow(name);
    }
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => readProcessConfig({ ENVFLEET_HEADERS_TIMEOUT_MS: '90000' })).toThrow(
      /ENVFLEET_HEADERS_TIMEOUT_MS.*ENVFLEET_REQUEST_TIMEOUT_MS/,
    );
    expect(() => readProcessConfig({ ENVFLEET_REQUEST_TIMEOUT_MS: '5000', ENVFLEET_HEADERS_TIMEOUT_MS: '6000' })).toThrow(ConfigError);
  });
});
