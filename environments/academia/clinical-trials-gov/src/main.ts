#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { clinicalTrialsGov } from './index.js';

await runEnvironmentProcess(clinicalTrialsGov);
