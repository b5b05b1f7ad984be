import { createHash } from 'node:crypto';

/**
 * The Lua scripts of the Redis store. Each runs atomically in Redis, so every store operation is
 * one round trip and no other replica sees half of it.
 *
 * One episode is one hash (plus its member in the index of live episodes):
 *   <prefix>episode:<id>          hash
 *     version                       the compare-and-set version
 *     commit                        token of the last commit, so a commit resent after a dropped
 *                                   connection is recognised instead of reported as a conflict
 *     record                        JSON of the record without its states
 *     states, initial               JSON {server: blobId}: which blob holds each server's state
 *     blob:<blobId>                 one server state, as JSON; written once, never changed
 *     snapshot:<snapshotId>         JSON of a snapshot whose `states` are blob ids
 *     snapshot-calls:<snapshotId>   the trajectory segment the snapshot's history ends with
 *     snapshots                     how many snapshots the episode keeps
 *     pin:<blobId>                  present while a snapshot refers to the blob
 *     head                          the trajectory segment the episode's history ends with
 *     segments                      the last segment number given out
 *     calls:<n>                     segment n: a JSON array of consecutive entries
 *     parent:<n>                    the segment before n ('' for the first)
 *     refs:<n>                      how many of head, snapshots and later segments end at n
 *   <prefix>episodes              sorted set: episode id → idle deadline (ms since epoch, +inf)
 *
 * States are stored per server and by reference so that a step sends only the states it changed,
 * a snapshot or a restore sends none, and blobs no version or snapshot refers to are deleted.
 * The trajectory is a chain of segments for the same reason: a snapshot keeps the number of the
 * segment its history ends with, and a restore moves the head there. Calls extend the head's
 * segment while nothing else refers to it, else start a new one; a segment nothing refers to any
 * more is deleted with the ones before it that only it referred to — so history a restore
 * discarded does not pile up.
 */
export interface RedisScript {
  readonly name: string;
  readonly lua: string;
  readonly sha: string;
}

function script(name: string, body: string): RedisScript {
  const lua = `${PRELUDE}\n${body}`;
  return { name, lua, sha: createHash('sha1').update(lua).digest('hex') };
}

const PRELUDE = `
-- The idle TTL: Redis drops the hash a grace period after the deadline, so a reaper has time to
-- archive the episode first; the index says when it is due.
local function keep_alive(episode, index, id, ttl, grace, deadline)
  if tonumber(ttl) > 0 then
    redis.call('EXPIRE', episode, tonumber(ttl) + tonumber(grace))
  else
    redis.call('PERSIST', episode)
  end
  redis.call('ZADD', index, deadline, id)
end

-- Appends entries (a JSON array; '' for none) to the trajectory. A segment only the head refers
-- to is extended in place, up to SEGMENT_BYTES, so a trajectory is a few fields, not three per
-- step. Otherwise a new segment follows the head: the head's reference to its old segment
-- becomes the new segment's, and the head refers to the new one.
local SEGMENT_BYTES = 16384
local function append_calls(episode, entries)
  if entries == '' then return end
  local head = redis.call('HGET', episode, 'head') or ''
  if head ~= '' and redis.call('HGET', episode, 'refs:' .. head) == '1'
    and redis.call('HSTRLEN', episode, 'calls:' .. head) + #entries <= SEGMENT_BYTES then
    local calls = redis.call('HGET', episode, 'calls:' .. head)
    redis.call('HSET', episode, 'calls:' .. head, string.sub(calls, 1, -2) .. ',' .. string.sub(entries, 2))
    return
  end
  local segment = tostring(redis.call('HINCRBY', episode, 'segments', 1))
  redis.call('HSET', episode, 'calls:' .. segment, entries, 'parent:' .. segment, head, 'refs:' .. segment, 1, 'head', segment)
end

local function hold(episode, segment)
  if segment ~= '' then redis.call('HINCRBY', episode, 'refs:' .. segment, 1) end
end

-- Drops one reference to a segment; a segment left without any goes, and so on up its chain.
local function release(episode, segment)
  while segment ~= '' do
    if redis.call('HINCRBY', episode, 'refs:' .. segment, -1) > 0 then return end
    local parent = redis.call('HGET', episode, 'parent:' .. segment) or ''
    redis.call('HDEL', episode, 'calls:' .. segment, 'parent:' .. segment, 'refs:' .. segment)
    segment = parent
  end
end

-- The trajectory that ends with a segment: the segments' JSON arrays, oldest first.
local function calls_of(episode, segment)
  local parts = {}
  while segment and segment ~= '' do
    table.insert(parts, redis.call('HGET', episode, 'calls:' .. segment))
    segment = redis.call('HGET', episode, 'parent:' .. segment)
  end
  local n = #parts
  for i = 1, math.floor(n / 2) do parts[i], parts[n - i + 1] = parts[n - i + 1], parts[i] end
  return parts
end

local function trajectory_of(episode)
  return calls_of(episode, redis.call('HGET', episode, 'head'))
end

-- Version, record, refs, then the blobs the caller does not hold yet: count, id, json, id, json…
local function read_episode(episode, known)
  local meta = redis.call('HMGET', episode, 'version', 'record', 'states', 'initial')
  if not meta[1] then return nil end
  local blobs = {}
  for i = 3, 4 do
    for _, blob in pairs(cjson.decode(meta[i])) do
      if not known[blob] then
        known[blob] = true
        table.insert(blobs, blob)
        table.insert(blobs, redis.call('HGET', episode, 'blob:' .. blob) or '')
      end
    end
  end
  local reply = {meta[1], meta[2], meta[3], meta[4], #blobs / 2}
  for _, value in ipairs(blobs) do table.insert(reply, value) end
  return reply
end

local function set_of(first)
  local set = {}
  for i = first, #ARGV do set[ARGV[i]] = true end
  return set
end

-- Blob pairs start at ARGV[first]; every referenced blob not among them must already be stored.
local function write_blobs(episode, count, first, refs_list)
  local sent = {}
  for i = 0, count - 1 do sent[ARGV[first + 2 * i]] = true end
  for _, refs in ipairs(refs_list) do
    for _, blob in pairs(refs) do
      if not sent[blob] and redis.call('HEXISTS', episode, 'blob:' .. blob) == 0 then return false end
    end
  end
  for i = 0, count - 1 do
    redis.call('HSET', episode, 'blob:' .. ARGV[first + 2 * i], ARGV[first + 2 * i + 1])
  end
  return true
end
`;

/**
 * KEYS episode, index. ARGV id, version, record, states, initial, ttl, grace, deadline,
 * trajectory entries (a JSON array, '' for none), blob count, blob pairs…  Replaces whatever was
 * stored under the id.
 */
export const createScript = script(
  'create',
  `
local count = tonumber(ARGV[10])
redis.call('DEL', KEYS[1])
write_blobs(KEYS[1], count, 11, {})
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'record', ARGV[3], 'states', ARGV[4], 'initial', ARGV[5])
append_calls(KEYS[1], ARGV[9])
keep_alive(KEYS[1], KEYS[2], ARGV[1], ARGV[6], ARGV[7], ARGV[8])
return 'ok'
`,
);

/**
 * KEYS episode, index. ARGV id, expected version, next version, commit token, record, states,
 * initial, ttl, grace, deadline, snapshot to restore the trajectory of ('' for none), trajectory
 * entries (a JSON array, '' for none), blob count, blob pairs…  Answers ok, missing (the episode
 * or the snapshot is gone), resend (a reused blob is gone: send all), or {conflict, …read_episode}
 * with the version that won, less the blobs the commit referred to.
 */
export const commitScript = script(
  'commit',
  `
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 'missing' end
local states = cjson.decode(ARGV[6])
local initial = cjson.decode(ARGV[7])
if version ~= ARGV[2] then
  if version == ARGV[3] and redis.call('HGET', KEYS[1], 'commit') == ARGV[4] then return 'ok' end
  -- The current version comes back with the conflict, so the retry need not read it again.
  local known = {}
  for _, refs in ipairs({states, initial}) do
    for _, blob in pairs(refs) do known[blob] = true end
  end
  local reply = read_episode(KEYS[1], known)
  table.insert(reply, 1, 'conflict')
  return reply
end
local restored = nil
if ARGV[11] ~= '' then
  restored = redis.call('HGET', KEYS[1], 'snapshot-calls:' .. ARGV[11])
  if not restored then return 'missing' end
end
local count = tonumber(ARGV[13])
local previous = redis.call('HMGET', KEYS[1], 'states', 'initial')
if not write_blobs(KEYS[1], count, 14, {states, initial}) then return 'resend' end
local kept = {}
for _, refs in ipairs({states, initial}) do
  for _, blob in pairs(refs) do kept[blob] = true end
end
for _, json in ipairs(previous) do
  for _, blob in pairs(cjson.decode(json)) do
    if not kept[blob] and redis.call('HEXISTS', KEYS[1], 'pin:' .. blob) == 0 then
      redis.call('HDEL', KEYS[1], 'blob:' .. blob)
    end
  end
end
redis.call('HSET', KEYS[1], 'version', ARGV[3], 'commit', ARGV[4], 'record', ARGV[5], 'states', ARGV[6], 'initial', ARGV[7])
if restored then
  -- Held before the head lets go, in case both are the same segment.
  hold(KEYS[1], restored)
  release(KEYS[1], redis.call('HGET', KEYS[1], 'head') or '')
  redis.call('HSET', KEYS[1], 'head', restored)
end
append_calls(KEYS[1], ARGV[12])
keep_alive(KEYS[1], KEYS[2], ARGV[1], ARGV[8], ARGV[9], ARGV[10])
return 'ok'
`,
);

/**
 * KEYS episode. ARGV cached version ('' for none), blob ids the caller holds…  Answers nil when
 * the episode is gone, {version} when the cached version is current, else the episode (see
 * read_episode) with only the blobs the caller lacks.
 */
export const readScript = script(
  'read',
  `
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return false end
if version == ARGV[1] then return {version} end
return read_episode(KEYS[1], set_of(2))
`,
);

/** KEYS episode. Answers nil when the episode is gone, else its trajectory (see calls_of). */
export const trajectoryScript = script(
  'trajectory',
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
return trajectory_of(KEYS[1])
`,
);

/**
 * KEYS episode. ARGV snapshot id, snapshot JSON (states as blob ids), expected version, blob
 * count, blob pairs…  Keeps the snapshot with the trajectory as it stands. Answers ok, missing
 * (the episode is gone: nothing to snapshot), conflict (the version moved on), or resend.
 */
export const putSnapshotScript = script(
  'put-snapshot',
  `
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 'missing' end
-- Sent again after a dropped connection: it is kept already.
if redis.call('HEXISTS', KEYS[1], 'snapshot:' .. ARGV[1]) == 1 then return 'ok' end
if version ~= ARGV[3] then return 'conflict' end
local states = cjson.decode(ARGV[2]).states
if not write_blobs(KEYS[1], tonumber(ARGV[4]), 5, {states}) then return 'resend' end
for _, blob in pairs(states) do redis.call('HSET', KEYS[1], 'pin:' .. blob, '1') end
local head = redis.call('HGET', KEYS[1], 'head') or ''
hold(KEYS[1], head)
redis.call('HSET', KEYS[1], 'snapshot:' .. ARGV[1], ARGV[2], 'snapshot-calls:' .. ARGV[1], head)
redis.call('HINCRBY', KEYS[1], 'snapshots', 1)
return 'ok'
`,
);

/** KEYS episode. ARGV snapshot id, blob ids the caller holds…  Answers nil or {json, count, pairs…}. */
export const getSnapshotScript = script(
  'get-snapshot',
  `
local json = redis.call('HGET', KEYS[1], 'snapshot:' .. ARGV[1])
if not json then return false end
local known = set_of(2)
local blobs = {}
for _, blob in pairs(cjson.decode(json).states) do
  if not known[blob] then
    known[blob] = true
    table.insert(blobs, blob)
    table.insert(blobs, redis.call('HGET', KEYS[1], 'blob:' .. blob) or '')
  end
end
local reply = {json, #blobs / 2}
for _, value in ipairs(blobs) do table.insert(reply, value) end
return reply
`,
);

/**
 * KEYS source episode, index, then one episode key per copy. ARGV expected version of the source,
 * grace, then per copy: id, version, record, states, initial, ttl, deadline; then blob count,
 * blob pairs…
 * Creates the copies (replacing whatever was stored under their ids), each with the source's
 * trajectory as it stands, in one segment of its own: copies live and expire on their own, so
 * they share nothing with the source in Redis. A blob a copy refers to and the caller did not
 * send is copied from the source. Answers ok, missing, conflict, or resend (a blob to copy is gone).
 */
export const forkScript = script(
  'fork',
  `
local version = redis.call('HGET', KEYS[1], 'version')
if not version then return 'missing' end
if version ~= ARGV[1] then return 'conflict' end
local copies = #KEYS - 2
local first_blob = 3 + 7 * copies
local count = tonumber(ARGV[first_blob])
local sent = {}
for i = 0, count - 1 do sent[ARGV[first_blob + 1 + 2 * i]] = ARGV[first_blob + 2 + 2 * i] end
local needs = {}
for c = 0, copies - 1 do
  local blobs = {}
  for _, json in ipairs({ARGV[6 + 7 * c], ARGV[7 + 7 * c]}) do
    for _, blob in pairs(cjson.decode(json)) do
      if not blobs[blob] then
        blobs[blob] = sent[blob] or redis.call('HGET', KEYS[1], 'blob:' .. blob)
        if not blobs[blob] then return 'resend' end
      end
    end
  end
  needs[c] = blobs
end
local parts = trajectory_of(KEYS[1])
local entries = ''
if #parts > 0 then
  for i, part in ipairs(parts) do parts[i] = string.sub(part, 2, -2) end
  entries = '[' .. table.concat(parts, ',') .. ']'
end
for c = 0, copies - 1 do
  local key = KEYS[3 + c]
  local at = 3 + 7 * c
  redis.call('DEL', key)
  for blob, json in pairs(needs[c]) do redis.call('HSET', key, 'blob:' .. blob, json) end
  redis.call('HSET', key, 'version', ARGV[at + 1], 'record', ARGV[at + 2], 'states', ARGV[at + 3], 'initial', ARGV[at + 4])
  append_calls(key, entries)
  keep_alive(key, KEYS[2], ARGV[at], ARGV[at + 5], ARGV[2], ARGV[at + 6])
end
return 'ok'
`,
);

/**
 * KEYS episode, index. ARGV id, blob ids the caller holds…  Removes the episode and answers what
 * it held (read_episode, then its trajectory as calls_of gives it), or nil when it was gone.
 */
export const deleteScript = script(
  'delete',
  `
redis.call('ZREM', KEYS[2], ARGV[1])
local reply = read_episode(KEYS[1], set_of(2))
if not reply then return false end
for _, part in ipairs(trajectory_of(KEYS[1])) do table.insert(reply, part) end
redis.call('DEL', KEYS[1])
return reply
`,
);

/**
 * KEYS episode. Answers how many snapshots the episode keeps (0 when it is gone), for the
 * per-episode snapshot limit: a counter put-snapshot keeps, since the hash also holds three
 * fields per step of the trajectory.
 */
export const snapshotCountScript = script(
  'snapshot-count',
  `
return tonumber(redis.call('HGET', KEYS[1], 'snapshots') or '0')
`,
);
