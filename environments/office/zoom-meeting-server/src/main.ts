#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { zoomMeetingServer } from './index.js';

await runEnvironmentProcess(zoomMeetingServer);
