import { createHash } from 'node:crypto';

/**
 * The Lua scripts of the Redis store. Each runs atomically in Redis, so every store operation is
 * one round trip and no other replica sees half of it.
 *
 * One episode is two keys (plus its member in the index of live episodes):
 *   <prefix>episode:<id>          hash
 *     version                       the compare-and-set version
 *     commit                        token of the last commit, so a commit resent after a dropped
 *                                   connection is recognised instead of reported as a conflict
 *     record                        JSON of the record without its states
 *     states, initial               JSON {server: blobId}: which blob holds each server's state
 *     blob:<blobId>                 one server state, as JSON; written once, never changed
 *     snapshot:<snapshotId>         JSON of a snapshot whose `states` are blob ids
 *     pin:<blobId>                  present while a snapshot refers to the blob
 *   <prefix>episode:<id>:calls    list, one JSON trajectory entry per element
 *   <prefix>episodes              sorted set: episode id → idle deadline (ms since epoch, +inf)
 *
 * States are stored per server and by reference so that a step sends only the states it changed,
 * a snapshot or a restore sends none, and blobs no version or snapshot refers to are deleted.
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
-- RPUSH in slices: Lua's unpack fails past a few thousand values (forks of long trajectories).
local function push_all(key, first, last)
  local i = first
  while i <= last do
    local j = math.min(i + 999, last)
    redis.call('RPUSH', key, unpack(ARGV, i, j))
    i = j + 1
  end
end

-- The idle TTL: Redis drops the keys a grace period after the deadline, so a reaper has time to
-- archive the episode first; the index says when it is due.
local function keep_alive(episode, calls, index, id, ttl, grace, deadline)
  if tonumber(ttl) > 0 then
    local seconds = tonumber(ttl) + tonumber(grace)
    redis.call('EXPIRE', episode, seconds)
    redis.call('EXPIRE', calls, seconds)
  else
    redis.call('PERSIST', episode)
    redis.call('PERSIST', calls)
  end
  redis.call('ZADD', index, deadline, id)
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
 * KEYS episode, calls, index. ARGV id, version, record, states, initial, ttl, grace, deadline,
 * blob count, blob pairs…, trajectory entries…  Replaces whatever was stored under the id.
 */
export const createScript = script(
  'create',
  `
local count = tonumber(ARGV[9])
redis.call('DEL', KEYS[1], KEYS[2])
write_blobs(KEYS[1], count, 10, {})
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'record', ARGV[3], 'states', ARGV[4], 'initial', ARGV[5])
push_all(KEYS[2], 10 + 2 * count, #ARGV)
keep_alive(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[6], ARGV[7], ARGV[8])
return 'ok'
`,
);

/**
 * KEYS episode, calls, index. ARGV id, expected version, next version, commit token, record,
 * states, initial, ttl, grace, deadline, truncate-to ('' for none), blob count, blob pairs…,
 * trajectory entries…  Answers ok, missing, resend (a reused blob is gone: send all), or
 * {conflict, …read_episode} with the version that won, less the blobs the commit referred to.
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
local count = tonumber(ARGV[12])
local previous = redis.call('HMGET', KEYS[1], 'states', 'initial')
if not write_blobs(KEYS[1], count, 13, {states, initial}) then return 'resend' end
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
if ARGV[11] ~= '' then
  local length = tonumber(ARGV[11])
  if length <= 0 then redis.call('DEL', KEYS[2]) else redis.call('LTRIM', KEYS[2], 0, length - 1) end
end
push_all(KEYS[2], 13 + 2 * count, #ARGV)
keep_alive(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[8], ARGV[9], ARGV[10])
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

/** KEYS episode, calls. Answers nil when the episode is gone, else its trajectory entries. */
export const trajectoryScript = script(
  'trajectory',
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
return redis.call('LRANGE', KEYS[2], 0, -1)
`,
);

/**
 * KEYS episode. ARGV snapshot id, snapshot JSON (states as blob ids), blob count, blob pairs…
 * Answers ok, missing (the episode is gone: nothing to snapshot), or resend.
 */
export const putSnapshotScript = script(
  'put-snapshot',
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
local states = cjson.decode(ARGV[2]).states
if not write_blobs(KEYS[1], tonumber(ARGV[3]), 4, {states}) then return 'resend' end
for _, blob in pairs(states) do redis.call('HSET', KEYS[1], 'pin:' .. blob, '1') end
redis.call('HSET', KEYS[1], 'snapshot:' .. ARGV[1], ARGV[2])
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
 * KEYS episode, calls, index. ARGV id, blob ids the caller holds…  Removes the episode and answers
 * what it held (read_episode, then the trajectory entries), or nil when it was gone.
 */
export const deleteScript = script(
  'delete',
  `
redis.call('ZREM', KEYS[3], ARGV[1])
local reply = read_episode(KEYS[1], set_of(2))
if not reply then
  redis.call('DEL', KEYS[2])
  return false
end
for _, entry in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do table.insert(reply, entry) end
redis.call('DEL', KEYS[1], KEYS[2])
return reply
`,
);
