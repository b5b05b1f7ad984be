#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { zoomMeetingServer } from './index.js';

await runEnvironment(zoomMeetingServer);
