import { describe, expect, it } from 'vitest';
import { airtableMcpServer as airtable } from '../src/index.js';

const demo = () => airtable.loadPreset('demo');
const ids = (content: unknown) => (content as { records: { id: string }[] }).records.map((r) => r.id);
const posts = (extra: Record<string, unknown>) =>
  airtable.call(demo(), 'list_records', { base_id: 'appContent01', table_id: 'tblPosts', ...extra }).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = airtable.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('bases and tables', () => {
  it('lists bases and a base’s tables, reading the older "description" key as tableDescription', () => {
    expect((airtable.call(demo(), 'list_bases', {}).content as { bases: { id: string }[] }).bases.map((b) => b.id)).toEqual([
      'appContent01',
      'appCrm0002',
    ]);
    const { tables } = airtable.call(demo(), 'list_tables', { base_id: 'appContent01' }).content as {
      tables: { id: string; tableDescription: string | null; views: unknown[] }[];
    };
    expect(tables.map((t) => [t.id, t.tableDescription])).toEqual([
      ['tblPosts', 'Blog posts and their publishing status'],
      ['tblAuthors', 'Writers and editors'],
      ['tblArchive', null],
    ]);
    expect(airtable.call(demo(), 'list_tables', { base_id: 'appNope' }).content).toEqual({ base_id: 'appNope', tables: [] });
  });
});

describe('list_records', () => {
  it('pages with the smaller of max_records and page_size, and a cursor while more remain', () => {
    const first = posts({ max_records: 2 }) as { offset?: string };
    expect(ids(first)).toEqual(['rec0000000001', 'rec0000000002']);
    expect(first.offset).toBe('2');
    expect(ids(posts({ max_records: 2, offset: first.offset }))).toEqual(['rec0000000003', 'rec0000000004']);
    expect(posts({ page_size: 2, max_records: 500, offset: '4' })).not.toHaveProperty('offset');
  });

  it('reads the cursor as Python int() does, and starts over on anything else', () => {
    expect(ids(posts({ offset: ' 3 ' }))).toEqual(['rec0000000004', 'rec0000000005']);
    expect(ids(posts({ offset: '-2' }))).toEqual(['rec0000000004', 'rec0000000005']);
    expect(ids(posts({ offset: 'abc' }))).toHaveLength(5);
    expect(ids(posts({ max_records: -1 }))).toEqual(['rec0000000001', 'rec0000000002', 'rec0000000003', 'rec0000000004']);
  });
});

describe('create_record and update_record', () => {
  it('creates with the next counter id and the clock, creating the base and table on first use', () => {
    const outcome = airtable.call(demo(), 'create_record', { base_id: 'appNew', table_id: '__proto__', fields: { Name: 'First' } });
    expect(outcome.content).toEqual({ id: 'rec0000000010', createdTime: '2025-04-10T12:00:00.000Z', fields: { Name: 'First' } });
    expect(outcome.state.record_counter).toBe(10);
    expect(Object.keys(outcome.state.records.appNew ?? {})).toEqual(['__proto__']);
    expect(
      airtable.call(airtable.load({ record_counter: -5 }), 'create_record', { base_id: 'b', table_id: 't', fields: {} }).content,
    ).toMatchObject({ id: 'rec-000000004' });
  });

  it('updates some fields, keeping the others in place, and fails for a record not in that table', () => {
    const outcome = airtable.call(demo(), 'update_record', {
      base_id: 'appContent01',
      table_id: 'tblPosts',
      record_id: 'rec0000000002',
      fields: { Status: 'Scheduled', Owner: 'Ines' },
    });
    expect(outcome.content).toEqual({
      id: 'rec0000000002',
      createdTime: '2025-04-02T10:30:00.000Z',
      fields: { Title: 'How we price projects', Status: 'Scheduled', Owner: 'Ines' },
    });
    expectFailure(
      'update_record',
      { base_id: 'appContent01', table_id: 'tblAuthors', record_id: 'rec0000000002', fields: {} },
      'Record rec0000000002 not found in base appContent01, table tblAuthors',
    );
    expectFailure('create_record', { base_id: '', table_id: 't', fields: {} }, 'base_id must be a non-empty string');
  });
});
