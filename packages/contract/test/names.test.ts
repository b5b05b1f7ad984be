import { describe, expect, it } from 'vitest';
import { isPlainName, qualifiedToolName, splitToolName } from '../src/index.js';

describe('Server-tool names', () => {
  it('join a server and a tool, and split back at the first dash', () => {
    expect(qualifiedToolName('Calendar', 'list_events')).toBe('Calendar-list_events');
    expect(splitToolName('Calendar-list_events')).toEqual({ server: 'Calendar', tool: 'list_events' });
    // Only the first dash separates: what follows is the tool part, valid or not.
    expect(splitToolName('Calendar-list-events')).toEqual({ server: 'Calendar', tool: 'list-events' });
  });

  it('treat a name without a dash after its first character as bare', () => {
    expect(splitToolName('list_events')).toBeUndefined();
    expect(splitToolName('-list_events')).toBeUndefined();
  });

  it('allow letters, digits and "_" in server and tool names, nothing else', () => {
    for (const name of ['Calendar', 'tool_1', 'ABC_9']) expect(isPlainName(name), name).toBe(true);
    for (const name of ['', 'a-b', 'a b', 'é', 'a.b']) expect(isPlainName(name), name).toBe(false);
  });
});
