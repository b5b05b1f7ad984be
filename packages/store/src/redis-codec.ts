import { randomBytes } from 'node:crypto';
import type { EpisodeRecord, ServerState, TrajectoryEntry } from '@envfleet/episodes';
import { type CachedEpisode, KnownStates, type StateRefs } from './episode-cache.js';
import { parseFrozen } from './frozen-json.js';

// How records and states travel to and from the Lua scripts (see redis-scripts.ts for the layout).

/** A state to write: its new blob id, the object, and its JSON. */
export interface NewBlob {
  id: string;
  state: ServerState;
  json: string;
}

// Blob ids need only be unique within one episode; a random tag per process keeps two replicas
// that write snapshots of the same episode at the same time from choosing the same id.
const PROCESS_TAG = randomBytes(6).toString('base64url');
let counter = 0;

/** An id no other blob or commit of this process (nor, in all likelihood, of another) uses. */
export function uniqueId(): string {
  counter += 1;
  return `${PROCESS_TAG}${counter.toString(36)}`;
}

/** Blob ids for a record's states and initial states, and the blobs to write (see `assignBlobs`). */
export function recordBlobs(record: EpisodeRecord, known: KnownStates | undefined): { refs: StateRefs; blobs: NewBlob[] } {
  const { refs, blobs } = assignBlobs([record.states, record.initialStates], known);
  return { refs: { states: refs[0] ?? {}, initial: refs[1] ?? {} }, blobs };
}

/**
 * Blob ids for each map of states: states this process knows to be stored already keep their blob
 * (same object, same content), every other distinct state object gets a new blob.
 */
export function assignBlobs(
  maps: Record<string, ServerState>[],
  known: KnownStates | undefined,
): { refs: Record<string, string>[]; blobs: NewBlob[] } {
  const chosen = new Map<ServerState, string>();
  const blobs: NewBlob[] = [];
  const refs = maps.map((states) => {
    const out: Record<string, string> = {};
    for (const [server, state] of Object.entries(states)) {
      let id = chosen.get(state) ?? known?.idOf(state);
      if (id === undefined) {
        id = uniqueId();
        blobs.push({ id, state, json: JSON.stringify(state) ?? 'null' });
      }
      chosen.set(state, id);
      out[server] = id;
    }
    return out;
  });
  return { refs, blobs };
}

/** Blob pairs as the scripts read them: count, then id, json, id, json… */
export function blobArguments(blobs: NewBlob[]): string[] {
  return [String(blobs.length), ...blobs.flatMap((blob) => [blob.id, blob.json])];
}

/** The record without its states (stored by reference) and version (a field of its own). */
export function recordFields(record: EpisodeRecord): string {
  const { states: _states, initialStates: _initial, version: _version, ...fields } = record;
  return JSON.stringify(fields);
}

/** Trajectory entries as one script argument: a JSON array, or '' for none. */
export function encodeEntries(entries: readonly TrajectoryEntry[]): string {
  return entries.length ? JSON.stringify(entries) : '';
}

/** A trajectory as the scripts answer it: the JSON arrays of its segments, oldest first. */
export function decodeTrajectory(parts: readonly unknown[]): TrajectoryEntry[] {
  return parts.flatMap((part) => JSON.parse(String(part)) as TrajectoryEntry[]);
}

/** When the episode is due for the reaper, as a sorted-set score. */
export function idleDeadline(record: EpisodeRecord): string {
  return record.ttlSeconds > 0 ? String(record.lastActiveAt + record.ttlSeconds * 1000) : '+inf';
}

/** The states a record or snapshot refers to, as blob ids. */
export function blobIdsOf(refs: StateRefs): string[] {
  return [...Object.values(refs.states), ...Object.values(refs.initial)];
}

/**
 * Decodes what read_episode answers — version, record, refs, blob count, blob pairs — reusing the
 * states `known` already holds (and adding the new ones to it). Returns the elements that follow.
 */
export function decodeEpisode(reply: unknown[], known: KnownStates = new KnownStates()): { episode: CachedEpisode; rest: unknown[] } {
  const [version, fields, states, initial] = reply.map(String);
  const refs: StateRefs = { states: JSON.parse(states ?? '{}'), initial: JSON.parse(initial ?? '{}') };
  const next = addBlobPairs(reply, 4, known);
  const record: EpisodeRecord = {
    ...(JSON.parse(fields ?? '{}') as Omit<EpisodeRecord, 'version' | 'states' | 'initialStates'>),
    version: Number(version),
    states: resolveStates(refs.states, known),
    initialStates: resolveStates(refs.initial, known),
  };
  known.retain(blobIdsOf(refs));
  return { episode: { record, refs, states: known }, rest: reply.slice(next) };
}

/** Adds the blobs of a reply, `count, id, json, id, json…` from `start`; returns where they end. */
export function addBlobPairs(reply: unknown[], start: number, known: KnownStates): number {
  const count = Number(reply[start]);
  for (let i = 0; i < count; i++) {
    const id = String(reply[start + 1 + 2 * i]);
    const json = String(reply[start + 2 + 2 * i]);
    known.add(id, json === '' ? missingBlob(id) : parseFrozen(json));
  }
  return start + 1 + 2 * count;
}

/** The states that blob ids refer to; every blob must be in `known` by now. */
export function resolveStates(refs: Record<string, string>, known: KnownStates): Record<string, ServerState> {
  const states: Record<string, ServerState> = {};
  for (const [server, id] of Object.entries(refs)) {
    if (!known.has(id)) missingBlob(id);
    states[server] = known.get(id);
  }
  return states;
}

function missingBlob(id: string): never {
  throw new Error(`A state stored in Redis refers to blob ${id}, which is missing — was the episode's hash edited by hand?`);
}
