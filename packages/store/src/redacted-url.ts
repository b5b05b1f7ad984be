/**
 * A connection URL as it may appear in logs and error messages: the password replaced by `***`.
 * Works on malformed URLs too, since those are exactly the ones that end up in error messages.
 */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}
