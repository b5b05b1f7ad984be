import { existsSync, readFileSync } from 'node:fs';

/** The recorded answers of BFCL's own classes (scripts/reference/record-bfcl.py; docs/bfcl-recorded-format.md). */

export const BFCL_CLASSES = [
  'GorillaFileSystem',
  'MathAPI',
  'MessageAPI',
  'TwitterAPI',
  'TicketAPI',
  'TradingBot',
  'TravelAPI',
  'VehicleControlAPI',
] as const;
export type BfclClassName = (typeof BFCL_CLASSES)[number];

export interface RecordedCall {
  call: string;
  name: string;
  arguments: Record<string, unknown>;
  positional?: number;
  output: unknown;
  output_text: string;
  error?: string;
}

export interface RecordedTurn {
  calls: RecordedCall[];
  state_sha256: string;
  state?: Record<string, unknown>;
}

export interface RecordedEntry {
  id: string;
  category: 'base' | 'long_context' | 'miss_func' | 'miss_param' | 'probe';
  long_context: boolean;
  initial_config: Record<string, unknown>;
  turns: RecordedTurn[];
}

export interface RecordedClass {
  source: { repo: string; commit: string; license: string };
  class: BfclClassName;
  entries: RecordedEntry[];
}

const cache = new Map<string, RecordedClass>();

function load(folder: 'recorded' | 'probes', name: BfclClassName, script: string): RecordedClass {
  const key = `${folder}/${name}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const url = new URL(`./${folder}/${name}.json`, import.meta.url);
    if (!existsSync(url)) throw new Error(`no ${folder} file for ${name}; run scripts/reference/${script}`);
    loaded = JSON.parse(readFileSync(url, 'utf8')) as RecordedClass;
    cache.set(key, loaded);
  }
  return loaded;
}

/** BFCL's answers to its gold calls (all 800 multi-turn entries). */
export function recordedClass(name: BfclClassName): RecordedClass {
  return load('recorded', name, 'record-bfcl.py');
}

/** BFCL's answers to seeded random call sequences (record-bfcl-probes.py), for the classes that have them. */
export function probeClass(name: BfclClassName): RecordedClass {
  return load('probes', name, 'record-bfcl-probes.py');
}
