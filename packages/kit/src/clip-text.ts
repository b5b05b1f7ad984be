const KEEP = 80;

/**
 * Text to quote in a message: as it is when short, else its first 80 characters and its length. A
 * name that fills a request body must not come back whole in the answer, the trajectory and the logs;
 * its start is enough to recognise it.
 */
export function clipText(text: string): string {
  if (text.length <= KEEP) return text;
  // Never end on half of a surrogate pair: the message would not be valid UTF-16.
  const code = text.charCodeAt(KEEP - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? KEEP - 1 : KEEP;
  return `${text.slice(0, end)}…(${text.length} chars)`;
}
