import { MemoryEpisodeStore } from '@envfleet/episodes';
import { describeStoreContract } from './store-contract.js';

// The reference the other stores are held to.
describeStoreContract('memory', async () => new MemoryEpisodeStore());
