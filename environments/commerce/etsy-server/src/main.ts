#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { etsyServer } from './index.js';

await runEnvironment(etsyServer);
