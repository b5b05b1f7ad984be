#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { clinicalTrialsGov } from './index.js';

await runEnvironment(clinicalTrialsGov);
