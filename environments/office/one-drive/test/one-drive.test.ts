import { describe, expect, it } from 'vitest';
import { oneDrive as drive } from '../src/index.js';

const demo = () => drive.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = drive.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true });
  expect((outcome.content as { message: string }).message).toContain(message);
  expect(outcome.state).toBe(before);
}

describe('the default world', () => {
  it('is an empty drive with a default clock', () => {
    expect(drive.load({})).toEqual({ files: {}, folders: {}, share_links: {}, current_time: '2025-01-01T00:00:00' });
  });

  it('refuses a clock that does not start with a date and time', () => {
    expect(() => drive.load({ current_time: '2025-01-01' })).toThrow(/current_time/);
  });
});

describe('uploads', () => {
  it('stores a file under the next id, sized in characters, stamped with the scenario clock', () => {
    const outcome = drive.call(demo(), 'upload_file', { name: 'café.txt', content: 'héllo 😀', parent_id: 'folder_4' });
    expect(outcome.content).toEqual({
      id: 'file_6',
      name: 'café.txt',
      size: 7,
      webUrl: 'https://onedrive.live.com/?id=file_6',
      downloadUrl: 'https://onedrive.live.com/download?id=file_6',
      createdDateTime: '2025-03-18T09:30:00',
      lastModifiedDateTime: '2025-03-18T09:30:00',
    });
    expect(drive.call(outcome.state, 'download_file', { item_id: 'file_6' }).content).toEqual({
      content: 'héllo 😀',
      name: 'café.txt',
      size: 7,
      content_type: 'application/octet-stream',
    });
    expect(drive.call(outcome.state, 'list_children', { item_id: 'folder_4' }).content).toEqual({
      value: [
        {
          id: 'file_6',
          name: 'café.txt',
          size: 7,
          file: {},
          webUrl: 'https://onedrive.live.com/?id=file_6',
          createdDateTime: '2025-03-18T09:30:00',
          lastModifiedDateTime: '2025-03-18T09:30:00',
        },
      ],
    });
  });

  it('does not check the parent folder', () => {
    const outcome = drive.call(demo(), 'upload_file', { name: 'x.txt', content: 'x', parent_id: 'no-such-folder' });
    expect(outcome.isError).toBe(false);
    expect(drive.call(outcome.state, 'get_item', { item_id: 'file_6' }).content).toMatchObject({
      parentReference: { id: 'no-such-folder' },
    });
  });

  it('gives a large upload a session id and ignores the chunk size', () => {
    const outcome = drive.call(drive.load({}), 'upload_large_file', { name: 'video.txt', content: 'frames', chunk_size: '320' });
    expect(outcome.content).toEqual({
      id: 'file_1',
      name: 'video.txt',
      size: 6,
      webUrl: 'https://onedrive.live.com/?id=file_1',
      upload_session_id: 'session_file_1',
    });
    expect(drive.save(outcome.state)).toMatchObject({
      files: { file_1: { content: 'frames', parent_id: null, createdDateTime: '2025-01-01T00:00:00' } },
    });
  });

  it('takes the next free id where the numbering has a gap', () => {
    const start = drive.load({
      files: {
        file_2: {
          id: 'file_2',
          name: 'kept.txt',
          content: 'k',
          size: 1,
          webUrl: 'u',
          downloadUrl: 'd',
          createdDateTime: '2025-01-01T00:00:00',
          lastModifiedDateTime: '2025-01-01T00:00:00',
        },
      },
    });
    const outcome = drive.call(start, 'upload_file', { name: 'new.txt', content: 'n' });
    expect(outcome.content).toMatchObject({ id: 'file_3' });
    expect(drive.call(outcome.state, 'download_file', { item_id: 'file_2' }).content).toMatchObject({ name: 'kept.txt' });
  });

  it('refuses an empty name or empty content', () => {
    expectFailure('upload_file', { name: '', content: 'x' }, 'Name must be a non-empty string');
    expectFailure('upload_file', { name: 'x', content: '' }, 'Content must be a non-empty string');
    expectFailure('upload_large_file', { name: '', content: 'x' }, 'Name must be a non-empty string');
    expectFailure('upload_large_file', { name: 'x', content: '' }, 'Content must be a non-empty string');
  });
});

describe('reading', () => {
  it('downloads a file with its stored MIME type', () => {
    expect(drive.call(demo(), 'download_file', { item_id: 'file_4' }).content).toMatchObject({
      name: 'invoice-2025-02.csv',
      size: 63,
      content_type: 'text/csv',
    });
  });

  it('refuses to download a folder, an unknown id or an empty id', () => {
    expectFailure('download_file', { item_id: 'folder_1' }, 'File folder_1 not found');
    expectFailure('download_file', { item_id: 'file_99' }, 'File file_99 not found');
    expectFailure('download_file', { item_id: '' }, 'Item ID must be a non-empty string');
  });

  it('lists folders before files, in stored order, and the root when no folder is given', () => {
    const names = (args: Record<string, unknown>) =>
      (drive.call(demo(), 'list_children', args).content as { value: { name: string }[] }).value.map((item) => item.name);
    expect(names({})).toEqual(['Clients', 'Invoices', 'Archive', 'notes.txt']);
    expect(names({ item_id: 'folder_1' })).toEqual(['Northwind']);
    expect(names({ item_id: 'folder_2' })).toEqual(['brief.md', 'notes.txt', 'moodboard.html']);
    expect(names({ item_id: 'folder_4' })).toEqual([]);
    expect(names({ item_id: 'unknown' })).toEqual([]);
  });

  it('reads top the way the reference slices: 0 means the default, a negative top drops from the end', () => {
    const count = (top: unknown) => (drive.call(demo(), 'list_children', { top }).content as { value: unknown[] }).value.length;
    expect(count(2)).toBe(2);
    expect(count('2')).toBe(2);
    expect(count(0)).toBe(4);
    expect(count(-1)).toBe(3);
    expect(count(-10)).toBe(0);
  });

  it('describes folders with size 0, no download URL and a parent reference', () => {
    expect(drive.call(demo(), 'get_item', { item_id: 'folder_2' }).content).toEqual({
      id: 'folder_2',
      name: 'Northwind',
      size: 0,
      webUrl: 'https://onedrive.live.com/?id=folder_2',
      downloadUrl: '',
      createdDateTime: '2024-11-02T08:05:00',
      lastModifiedDateTime: '2025-03-17T17:45:00',
      parentReference: { id: 'folder_1' },
    });
    expect(drive.call(demo(), 'get_item', { item_id: 'folder_1' }).content).toMatchObject({ parentReference: {} });
    expect(drive.call(demo(), 'get_item', { item_id: 'file_5' }).content).toMatchObject({
      downloadUrl: 'https://onedrive.live.com/download?id=file_5',
      parentReference: {},
    });
  });

  it('refuses an unknown or empty item id, prototype names included', () => {
    expectFailure('get_item', { item_id: 'nope' }, 'Item nope not found');
    expectFailure('get_item', { item_id: '__proto__' }, 'Item __proto__ not found');
    expectFailure('get_item', { item_id: '' }, 'Item ID must be a non-empty string');
  });
});

describe('sharing', () => {
  it('creates a view link with read role by default', () => {
    const outcome = drive.call(demo(), 'create_share_link', { item_id: 'file_5' });
    expect(outcome.content).toEqual({
      id: 'share_4',
      roles: ['read'],
      link: { type: 'view', scope: 'anonymous', webUrl: 'https://onedrive.live.com/share/share_4' },
    });
    expect(drive.save(outcome.state)).toMatchObject({
      share_links: { share_4: { item_id: 'file_5', link_type: 'view', scope: 'anonymous', webHtml: null } },
    });
  });

  it('gives edit and other types the write role, and embed links an iframe', () => {
    expect(drive.call(demo(), 'create_share_link', { item_id: 'folder_3', type: 'edit', scope: 'organization' }).content).toEqual({
      id: 'share_4',
      roles: ['write'],
      link: { type: 'edit', scope: 'organization', webUrl: 'https://onedrive.live.com/share/share_4' },
    });
    expect(drive.call(demo(), 'create_share_link', { item_id: 'file_1', type: 'embed', scope: '' }).content).toEqual({
      id: 'share_4',
      roles: ['write'],
      link: {
        type: 'embed',
        scope: 'anonymous',
        webUrl: 'https://onedrive.live.com/share/share_4',
        webHtml: "<iframe src='https://onedrive.live.com/embed/share_4'></iframe>",
      },
    });
    expect(drive.call(demo(), 'create_share_link', { item_id: 'file_1', type: 'View' }).content).toMatchObject({ roles: ['write'] });
  });

  it('refuses an unknown or empty item id', () => {
    expectFailure('create_share_link', { item_id: 'file_99' }, 'Item file_99 not found');
    expectFailure('create_share_link', { item_id: '' }, 'Item ID must be a non-empty string');
  });
});
