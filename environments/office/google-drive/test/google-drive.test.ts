import { describe, expect, it } from 'vitest';
import { googleDrive as drive } from '../src/index.js';

const demo = () => drive.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = drive.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('upload and download', () => {
  it('stores a file under the next id, sized in characters, with the fixed upload time', () => {
    const outcome = drive.call(demo(), 'upload_file', { name: 'café.txt', content: 'héllo 😀', parents: ['file_2'] });
    expect(outcome.content).toEqual({
      id: 'file_7',
      name: 'café.txt',
      mimeType: 'application/octet-stream',
      size: '7',
      createdTime: '2026-03-05T11:37:55',
      parents: ['file_2'],
    });
    expect(drive.call(outcome.state, 'download_file', { file_id: 'file_7' }).content).toEqual({
      content: 'héllo 😀',
      name: 'café.txt',
      mimeType: 'application/octet-stream',
      size: '7',
    });
  });

  it('takes the next free id where the numbering has a gap', () => {
    const start = drive.load({
      files: {
        file_2: {
          id: 'file_2',
          name: 'x',
          mimeType: 'text/plain',
          size: '1',
          createdTime: '2025-01-01T00:00:00',
          modifiedTime: '2025-01-01T00:00:00',
        },
      },
    });
    expect(drive.call(start, 'upload_file', { name: 'y', content: 'y' }).content).toMatchObject({ id: 'file_3' });
  });

  it('refuses an empty name or content and an unknown file', () => {
    expectFailure('upload_file', { name: 'x', content: '' }, 'Content must be a non-empty string');
    expectFailure('download_file', { file_id: 'file_99' }, 'File file_99 not found');
  });
});

describe('listing and metadata', () => {
  it('lists files in order, sliced by page size', () => {
    const names = (page_size?: number) =>
      (drive.call(demo(), 'list_files', page_size === undefined ? {} : { page_size }).content as { files: { name: string }[] }).files.map(
        (f) => f.name,
      );
    expect(names()).toEqual(['Projects', 'Q2 Launch', 'launch-plan.md', 'signups.csv', 'press-release-draft.txt', 'notes.txt']);
    expect(names(2)).toEqual(['Projects', 'Q2 Launch']);
    expect(names(-4)).toEqual(['Projects', 'Q2 Launch']);
  });

  it('gives a file’s metadata without its content', () => {
    expect(drive.call(demo(), 'get_file', { file_id: 'file_6', fields: 'id,name' }).content).toEqual({
      id: 'file_6',
      name: 'notes.txt',
      mimeType: 'text/plain',
      description: null,
      size: '26',
      createdTime: '2025-01-15T09:00:00',
      modifiedTime: '2025-03-16T18:30:00',
      parents: [],
      webViewLink: null,
      webContentLink: null,
    });
  });
});

describe('create_permission', () => {
  it('shares with a user, and with anyone through a view link', () => {
    const user = drive.call(demo(), 'create_permission', {
      file_id: 'file_5',
      role: 'commenter',
      type: 'user',
      email_address: 'legal@acme.dev',
    });
    expect(user.content).toEqual({ id: 'perm_3', role: 'commenter', type: 'user', emailAddress: 'legal@acme.dev', link: '' });
    expect(user.state.permissions.perm_3?.file_id).toBe('file_5');
    expect(drive.call(demo(), 'create_permission', { file_id: 'file_3', role: 'reader', type: 'anyone' }).content).toMatchObject({
      link: 'https://drive.google.com/file/d/file_3/view',
    });
    expectFailure('create_permission', { file_id: 'file_3', role: '', type: 'user' }, 'Role must be a non-empty string');
    expectFailure('create_permission', { file_id: 'nope', role: 'reader', type: 'user' }, 'File nope not found');
  });
});
