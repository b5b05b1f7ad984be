// One rollout worker's whole episode over HTTP — reset, the ten Retail calls, close — on one
// keep-alive connection, beside the same twelve requests sent to the echo. The client is a bare
// HTTP/1.1 writer and reader on a socket (as autocannon's is): Node's http client costs about
// 0.3 ms a request here and fetch about 1 ms, which would make this a measure of the client.
import { connect } from 'node:net';
import { median } from './stats.mjs';
import { RESET_DEMO, ROLLOUT } from './retail-workload.mjs';

/** One keep-alive connection that sends a request and resolves with the response body. */
async function connection(base) {
  const { hostname, port } = new URL(base);
  const socket = connect({ host: hostname, port: Number(port) });
  socket.setNoDelay(true);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffered = Buffer.alloc(0);
  let waiting;
  socket.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    const headEnd = buffered.indexOf('\r\n\r\n');
    if (headEnd < 0 || !waiting) return;
    const head = buffered.subarray(0, headEnd).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (buffered.length < headEnd + 4 + length) return;
    const status = Number(head.slice(9, 12));
    const body = buffered.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
    buffered = buffered.subarray(headEnd + 4 + length);
    const { resolve, reject, what } = waiting;
    waiting = undefined;
    if (status >= 300) reject(new Error(`bench: ${what} answered ${status}: ${body.slice(0, 300)}`));
    else resolve(body);
  });
  socket.on('error', (error) => waiting?.reject(error));
  return {
    send(method, path, body = '') {
      const head = `${method} ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n${body ? 'content-type: application/json\r\n' : ''}content-length: ${Buffer.byteLength(body)}\r\n\r\n`;
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject, what: `${method} ${path}` };
        socket.write(head + body);
      });
    },
    close: () => socket.destroy(),
  };
}

const resetBody = JSON.stringify(RESET_DEMO);
const stepBodies = ROLLOUT.map((call) => JSON.stringify({ calls: [call] }));

/** Milliseconds of one episode on the gateway. */
async function episode(gateway) {
  const started = performance.now();
  const { episodeId } = JSON.parse(await gateway.send('POST', '/v1/episodes', resetBody));
  for (const body of stepBodies) await gateway.send('POST', `/v1/episodes/${episodeId}/step`, body);
  await gateway.send('DELETE', `/v1/episodes/${episodeId}`);
  return performance.now() - started;
}

/** Milliseconds of the same twelve requests (the close as one more small POST) on the echo. */
async function echoes(echo) {
  const started = performance.now();
  await echo.send('POST', '/echo', resetBody);
  for (const body of stepBodies) await echo.send('POST', '/echo', body);
  await echo.send('POST', '/echo', '{}');
  return performance.now() - started;
}

/** Medians of `count` episodes and of as many echo sequences, alternated after a warm-up. */
export async function httpEpisodes(base, echoUrl, { count, warmup }) {
  const [gateway, echo] = [await connection(base), await connection(echoUrl)];
  try {
    for (let i = 0; i < warmup; i++) {
      await episode(gateway);
      await echoes(echo);
    }
    const episodes = [];
    const sequences = [];
    for (let i = 0; i < count; i++) {
      episodes.push(await episode(gateway));
      sequences.push(await echoes(echo));
    }
    return { episodeMillis: median(episodes), echoMillis: median(sequences), count };
  } finally {
    gateway.close();
    echo.close();
  }
}
