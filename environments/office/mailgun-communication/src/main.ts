#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { mailgunCommunication } from './index.js';

await runEnvironmentProcess(mailgunCommunication);
