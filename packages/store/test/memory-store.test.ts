import { MemoryEpisodeStore } from '@envfleet/episodes';
import { describeHistoryContract } from './history-contract.js';
import { describeStoreContract } from './store-contract.js';

// The reference the other stores are held to.
describeStoreContract('memory', async () => new MemoryEpisodeStore());

// Two engines over one memory store stand for two replicas over one Redis.
describeHistoryContract('memory', async (replicas) => {
  const store = new MemoryEpisodeStore();
  return Array.from({ length: replicas }, () => store);
});
