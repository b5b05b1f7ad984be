#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { zillowRealEstate } from './index.js';

await runEnvironment(zillowRealEstate);
