/** A tiny JSON-over-HTTP helper for end-to-end tests against a listening server. */
export interface JsonResponse<T = any> {
  status: number;
  contentType: string;
  body: T;
}

export function http(base: string, headers: Record<string, string> = {}) {
  return async function request<T = any>(method: string, path: string, body?: unknown, raw?: string): Promise<JsonResponse<T>> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined };
  };
}
