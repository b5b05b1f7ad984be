#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { leagueOfLegends } from './index.js';

await runEnvironmentProcess(leagueOfLegends);
