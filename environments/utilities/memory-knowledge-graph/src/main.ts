#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { memoryKnowledgeGraph } from './index.js';

await runEnvironment(memoryKnowledgeGraph);
