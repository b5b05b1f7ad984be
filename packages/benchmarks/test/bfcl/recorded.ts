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
  category: 'base' | 'long_context' | 'miss_func' | 'miss_param';
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

export function recordedClass(name: BfclClassName): RecordedClass {
  let loaded = cache.get(name);
  if (!loaded) {
    const url = new URL(`./recorded/${name}.json`, import.meta.url);
    if (!existsSync(url)) throw new Error(`no recording for ${name}; run scripts/reference/record-bfcl.py`);
    loaded = JSON.parse(readFileSync(url, 'utf8')) as RecordedClass;
    cache.set(name, loaded);
  }
  return loaded;
}
