#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { memoryKnowledgeGraph } from './index.js';

await runEnvironmentProcess(memoryKnowledgeGraph);
