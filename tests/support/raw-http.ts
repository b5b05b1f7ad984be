import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

/** An answer read in full, its body parsed when it is JSON. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body: any;
}

/**
 * One request through node:http, which (unlike fetch) sends any Host and Origin it is given: what
 * a browser tricked by DNS rebinding, or a client behind a proxy, would send.
 */
export function rawRequest(
  base: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers };
    const request = httpRequest(`${base}${options.path}`, { method: options.method ?? 'GET', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const json = /json/.test(String(response.headers['content-type'])) && text ? JSON.parse(text) : undefined;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body: json });
      });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** What a raw socket received before the server closed it (or before `giveUpMs`, then `closed` is false). */
export interface SocketOutcome {
  closed: boolean;
  received: string;
}

/**
 * Writes `chunks` on a bare TCP connection and waits for the server to close it — the view of a
 * client that sends an incomplete request and then goes quiet.
 */
export function holdSocket(port: number, chunks: string[], giveUpMs: number): Promise<SocketOutcome> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false, received });
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') resolve({ closed: true, received });
      else reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ closed: true, received });
    });
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

/** The status line's code and the JSON body of a raw HTTP/1.1 answer. */
export function parseRawAnswer(raw: string): { status: number; contentType: string; body: any } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const status = Number(head.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0);
  const contentType = head.match(/^content-type: *(.*)$/im)?.[1]?.trim() ?? '';
  return { status, contentType, body: body ? JSON.parse(body) : undefined };
}
