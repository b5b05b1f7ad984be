#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { mailgunCommunication } from './index.js';

await runEnvironment(mailgunCommunication);
