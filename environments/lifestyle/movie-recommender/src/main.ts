#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { movieRecommender } from './index.js';

await runEnvironment(movieRecommender);
