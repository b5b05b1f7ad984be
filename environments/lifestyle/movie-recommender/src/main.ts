#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { movieRecommender } from './index.js';

await runEnvironmentProcess(movieRecommender);
