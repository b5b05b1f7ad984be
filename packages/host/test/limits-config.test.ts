import { MemoryEpisodeStore } from '@envfleet/episodes';
import { describe, expect, it } from 'vitest';
import { ConfigError, readProcessConfig, serverOptionsFrom } from '../src/index.js';

const stores = { store: new MemoryEpisodeStore(), onClose: undefined, description: 'memory', close: async () => {} };

describe('limit settings', () => {
  it('reads every limit from its environment variable and hands it to the server', () => {
    const config = readProcessConfig({
      ENVFLEET_MAX_EPISODES: '500',
      ENVFLEET_MAX_SNAPSHOTS: '20',
      ENVFLEET_MAX_STATE_BYTES: '1048576',
      ENVFLEET_MAX_TOTAL_STATE_BYTES: '104857600',
      ENVFLEET_MAX_TTL_SECONDS: '7200',
      ENVFLEET_MAX_MCP_SESSIONS: '50',
    });
    expect(serverOptionsFrom(config, stores)).toMatchObject({
      limits: {
        maxEpisodes: 500,
        maxSnapshotsPerEpisode: 20,
        maxStateBytes: 1_048_576,
        maxTotalStateBytes: 104_857_600,
        maxTtlSeconds: 7200,
      },
      maxMcpSessions: 50,
    });
  });

  it('leaves unset limits to the defaults', () => {
    expect(serverOptionsFrom(readProcessConfig({}), stores)).toMatchObject({ limits: {} });
    expect(serverOptionsFrom(readProcessConfig({}), stores)).not.toHaveProperty('maxMcpSessions');
  });

  it('stops at start on a value that is not a usable limit, naming the variable', () => {
    for (const [name, value] of [
      ['ENVFLEET_MAX_EPISODES', '0'],
      ['ENVFLEET_MAX_SNAPSHOTS', 'many'],
      ['ENVFLEET_MAX_STATE_BYTES', '10'],
      ['ENVFLEET_MAX_TOTAL_STATE_BYTES', '-1'],
      ['ENVFLEET_MAX_TTL_SECONDS', '999999999'],
      ['ENVFLEET_MAX_MCP_SESSIONS', '1.5'],
    ]) {
      expect(() => readProcessConfig({ [name as string]: value })).toThrow(ConfigError);
      expect(() => readProcessConfig({ [name as string]: value })).toThrow(name as string);
    }
  });
});
