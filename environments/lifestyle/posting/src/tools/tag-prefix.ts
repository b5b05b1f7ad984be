/** Hashtags and mentions may be given with or without their sign; they are stored with it. */
export function withPrefix(items: readonly string[], sign: '#' | '@'): string[] {
  return items.map((item) => (item.startsWith(sign) ? item : sign + item));
}
