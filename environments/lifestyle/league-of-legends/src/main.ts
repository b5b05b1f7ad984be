#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { leagueOfLegends } from './index.js';

await runEnvironment(leagueOfLegends);
