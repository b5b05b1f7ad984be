#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { attomRealEstate } from './index.js';

await runEnvironment(attomRealEstate);
