import { ToolError } from '@envfleet/kit';
import type { ClinicalTrialsGovState, Study } from '../scenario.js';
import { BUILTIN_REGISTRY } from './builtin.js';
import { conditionsOf, interventionNames, locationTexts, moduleOf, nctIdOf, sponsorOf } from './study-fields.js';

export function registryOf(state: ClinicalTrialsGovState): readonly Study[] {
  return state.registry ?? BUILTIN_REGISTRY;
}

export function studyById(state: ClinicalTrialsGovState, nctId: string): Study {
  const study = registryOf(state).find((candidate) => nctIdOf(candidate) === nctId);
  if (!study) throw new ToolError(`Study ${nctId} not found (the registry answers 404 Not Found)`);
  return study;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Every text value inside a record (not its keys), for full-text search. */
function textsWithin(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') out.push(item);
    else if (Array.isArray(item)) stack.push(...item);
    else if (item !== null && typeof item === 'object') stack.push(...Object.values(item));
  }
  return out;
}

/** Every word of `query` occurs among the words of `texts` (case-insensitive). */
function mentions(texts: string[], query: string): boolean {
  const wanted = query.toLowerCase().match(WORD) ?? [];
  const have = new Set(texts.join(' ').toLowerCase().match(WORD) ?? []);
  return wanted.every((word) => have.has(word));
}

// The v2 API's query areas this registry understands; another one is refused, as the API refuses
// unknown parameters (400).
const AREAS: Record<string, (study: Study) => string[]> = {
  term: (study) => textsWithin(study.protocolSection),
  cond: conditionsOf,
  intr: interventionNames,
  locn: locationTexts,
  titles: (study) => [
    String(moduleOf(study, 'identificationModule').briefTitle ?? ''),
    String(moduleOf(study, 'identificationModule').officialTitle ?? ''),
  ],
  spons: (study) => [sponsorOf(study) ?? ''],
  id: (study) => [nctIdOf(study)],
};

/** Studies matching every query area given ({term: "diabetes", cond: "…"}), in registry order. */
export function matchStudies(state: ClinicalTrialsGovState, query: Record<string, unknown>): Study[] {
  const areas = Object.entries(query).map(([area, value]) => {
    const read = Object.hasOwn(AREAS, area) ? AREAS[area] : undefined;
    if (!read) throw new ToolError(`Unknown query area "query.${area}" (the registry answers 400; use ${Object.keys(AREAS).join(', ')})`);
    return [read, String(value)] as const;
  });
  return registryOf(state).filter((study) => areas.every(([read, value]) => mentions(read(study), value)));
}

/** The statuses the v2 API accepts in filter.overallStatus. */
export const STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
];

export function requirePageSize(size: number): void {
  if (size < 1 || size > 1000)
    throw new ToolError(`pageSize must be between 1 and 1000, got ${size} (the registry answers 400 Bad Request)`);
}

// Page tokens are opaque to callers; here they carry the offset of the next page.
const TOKEN = /^p(\d{1,9})$/;

export function pageOffset(token: string | null): number {
  if (!token) return 0;
  const match = TOKEN.exec(token);
  if (!match) throw new ToolError(`pageToken "${token.slice(0, 40)}" is not one this registry gave (the registry answers 400 Bad Request)`);
  return Number(match[1]);
}

export const pageToken = (offset: number): string => `p${offset}`;
