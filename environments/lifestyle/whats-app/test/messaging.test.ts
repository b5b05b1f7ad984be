import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { whatsApp } from '../src/index.js';

const demo = () => whatsApp.loadPreset('demo');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = whatsApp.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('the default world', () => {
  it('loads from {} with the reference directory of twenty numbers, no chats and a default profile', () => {
    const state = whatsApp.load({});
    expect(state).toEqual(whatsApp.defaultScenario);
    expect(state.current_time).toBe('2025-01-01T00:00:00');
    expect(Object.keys(state.phone_validity_map)).toHaveLength(20);
    expect(state.whatsapp_registered_map['+1415555123']).toBe(false);
    expect(state.profile).toEqual({ push_name: 'WhatsApp User', status: 'Hey there! I am using WhatsApp.', profile_picture_url: '' });
    expect(state.chats).toEqual({});
  });

  it('accepts any decimal digits in current_time but not a trailing newline', () => {
    expect(whatsApp.load({ current_time: '٢٠٢٥-٠١-٠١T00:00:00' }).current_time).toBe('٢٠٢٥-٠١-٠١T00:00:00');
    expect(() => whatsApp.load({ current_time: '2025-01-01T00:00:00\n' })).toThrow(/current_time must look like 2025-01-01T09:30:00/);
    expect(() => whatsApp.load({ current_time: '2025-01-01 00:00:00' })).toThrow(/current_time/);
  });

  it('ships a demo world that differs from {}', () => {
    const state = demo();
    expect(Object.keys(state.chats)).toHaveLength(8);
    expect(Object.keys(state.messages)).toHaveLength(22);
    expect(Object.keys(state.groups)).toEqual(['group_family', 'group_climbing', 'group_notes']);
  });
});

describe('sending', () => {
  it('stores a text under a new uuid stamped with the scenario clock and updates the chat preview', () => {
    const outcome = whatsApp.call(demo(), 'whatsapp_send_text_message', { phone: '+14155550122', message: 'Sure, bringing it' });
    const result = outcome.content as { message_id: string; phone: string; timestamp: string };
    expect(result.message_id).toMatch(UUID);
    expect(result).toEqual({ message_id: result.message_id, phone: '+14155550122', timestamp: '2025-03-14T19:30:00' });
    expect(outcome.state.messages[result.message_id]).toEqual({
      message_id: result.message_id,
      phone: '+14155550122',
      from_me: true,
      content: 'Sure, bringing it',
      timestamp: '2025-03-14T19:30:00',
      type: 'text',
    });
    // The preview moves, the unread count and name stay.
    expect(outcome.state.chats['+14155550122']).toEqual({
      phone: '+14155550122',
      name: 'Priya Nair',
      unread_count: 3,
      last_message: 'Sure, bringing it',
      last_message_time: '2025-03-14T19:30:00',
      archived: false,
    });
  });

  it('opens a chat named after the number when there is none, archived chats stay archived', () => {
    let outcome = whatsApp.call(demo(), 'whatsapp_send_text_message', { phone: '+1234567890', message: 'hello' });
    expect(outcome.state.chats['+1234567890']).toEqual({
      phone: '+1234567890',
      name: '+1234567890',
      unread_count: 0,
      last_message: 'hello',
      last_message_time: '2025-03-14T19:30:00',
      archived: false,
    });
    outcome = whatsApp.call(demo(), 'whatsapp_send_text_message', { phone: '+15035550166', message: 'C' });
    expect(outcome.state.chats['+15035550166']?.archived).toBe(true);
  });

  it('writes each kind of message in its own readable form, with the optional extra only when not empty', () => {
    const content = (name: string, args: Record<string, unknown>) => {
      const outcome = whatsApp.call(demo(), name, { phone: '+14155550111', ...args });
      expect(outcome.isError).toBe(false);
      const id = (outcome.content as { message_id: string }).message_id;
      const message = outcome.state.messages[id];
      return [message?.type, message?.content];
    };
    expect(content('whatsapp_send_image', { image_path: '/pie.jpg', caption: 'the good pie' })).toEqual([
      'image',
      'Image: /pie.jpg - the good pie',
    ]);
    expect(content('whatsapp_send_image', { image_path: '/pie.jpg', caption: null })).toEqual(['image', 'Image: /pie.jpg']);
    expect(content('whatsapp_send_file', { file_path: '/a.pdf', caption: '' })).toEqual(['file', 'File: /a.pdf']);
    expect(content('whatsapp_send_link', { url: 'https://x.io', preview_text: ' ' })).toEqual(['link', 'Link: https://x.io -  ']);
    expect(content('whatsapp_send_location', { latitude: 37, longitude: '-122.41', name: 'Home' })).toEqual([
      'location',
      'Location: 37.0, -122.41 - Home',
    ]);
    expect(content('whatsapp_send_location', { latitude: 1e-7, longitude: 1e16 })).toEqual(['location', 'Location: 1e-07, 1e+16']);
    expect(content('whatsapp_send_contact', { contact_phone: '+15035550166', contact_name: 'Dr. Alvarez' })).toEqual([
      'contact',
      'Contact: Dr. Alvarez (+15035550166)',
    ]);
  });

  it('echoes the extra fields each send tool returns', () => {
    const start = demo();
    const file = whatsApp.call(start, 'whatsapp_send_file', { phone: '+14155550111', file_path: '/a.pdf' }).content;
    expect(file).toMatchObject({ phone: '+14155550111', file_path: '/a.pdf', timestamp: '2025-03-14T19:30:00' });
    const link = whatsApp.call(start, 'whatsapp_send_link', { phone: '+14155550111', url: 'https://x.io' }).content;
    expect(link).toMatchObject({ url: 'https://x.io' });
    const location = whatsApp.call(start, 'whatsapp_send_location', { phone: '+14155550111', latitude: '5', longitude: 6 }).content;
    expect(location).toMatchObject({ latitude: 5, longitude: 6 });
    const contact = whatsApp.call(start, 'whatsapp_send_contact', {
      phone: '+14155550111',
      contact_phone: '+1234567890',
      contact_name: 'Ann',
    }).content;
    expect(contact).toMatchObject({ contact_phone: '+1234567890' });
  });

  it('takes "+" and 10 to 15 digits of any script, with at most one trailing newline', () => {
    const sent = (phone: string) => !whatsApp.call(demo(), 'whatsapp_send_text_message', { phone, message: 'x' }).isError;
    expect(sent('+1234567890')).toBe(true);
    expect(sent('+123456789012345')).toBe(true);
    expect(sent('+١٢٣٤٥٦٧٨٩٠')).toBe(true);
    expect(sent('+1234567890\n')).toBe(true);
    expect(sent('+123456789')).toBe(false);
    expect(sent('+1234567890123456')).toBe(false);
    expect(sent('1234567890')).toBe(false);
    expect(sent(' +1234567890')).toBe(false);
    expect(sent('+1234567890 ')).toBe(false);
    expect(sent('+1234567890\n\n')).toBe(false);
    expect(sent('group_family')).toBe(false);
  });

  it('refuses empty arguments first, then a malformed number, and sends nothing', () => {
    expectFailure('whatsapp_send_text_message', { phone: '', message: 'x' }, 'Phone must be a non-empty string');
    expectFailure('whatsapp_send_text_message', { phone: 'bad', message: '' }, 'Message must be a non-empty string');
    expectFailure('whatsapp_send_text_message', { phone: 'bad', message: 'x' }, /Invalid phone number format: "bad"/);
    expectFailure('whatsapp_send_image', { phone: 'bad', image_path: '' }, 'Image path must be a non-empty string');
    expectFailure('whatsapp_send_file', { phone: '+1234567890', file_path: '' }, 'File path must be a non-empty string');
    expectFailure('whatsapp_send_link', { phone: '+1234567890', url: '' }, 'URL must be a non-empty string');
    expectFailure('whatsapp_send_location', { phone: '', latitude: 1, longitude: 2 }, 'Phone must be a non-empty string');
    expectFailure('whatsapp_send_location', { phone: '+1234567890', latitude: 'inf', longitude: 2 }, /latitude/);
    expectFailure(
      'whatsapp_send_contact',
      { phone: '+1234567890', contact_phone: '', contact_name: 'A' },
      'Contact phone must be a non-empty string',
    );
    expectFailure(
      'whatsapp_send_contact',
      { phone: 'bad', contact_phone: 'bad', contact_name: '' },
      'Contact name must be a non-empty string',
    );
    expectFailure(
      'whatsapp_send_contact',
      { phone: '+1234567890', contact_phone: '555-0100', contact_name: 'A' },
      /Invalid contact phone number format: "555-0100"/,
    );
  });
});

describe('reading, deleting and marking messages', () => {
  it('lists a chat oldest first, "me" for own messages, limited like the first n (0 means all)', () => {
    const messages = (args: Record<string, unknown>) =>
      (whatsApp.call(demo(), 'whatsapp_get_chat_messages', args).content as { messages: { message_id: string; from: string }[] }).messages;
    expect(messages({ phone: '+14155550111' }).map((m) => [m.message_id, m.from])).toEqual([
      ['msg_001', '+14155550111'],
      ['msg_002', 'me'],
      ['msg_003', '+14155550111'],
      ['msg_004', '+14155550111'],
    ]);
    expect(messages({ phone: '+14155550111', limit: 2 })).toHaveLength(2);
    expect(messages({ phone: '+14155550111', limit: '0' })).toHaveLength(4);
    expect(messages({ phone: '+14155550111', limit: 1e20 })).toHaveLength(4);
    expect(messages({ phone: '+1234567890' })).toEqual([]);
    expect(messages({ phone: '+14155550122', limit: 1 })[0]).toEqual({
      message_id: 'msg_005',
      phone: '+14155550122',
      from: 'me',
      content: 'Climbing tomorrow at 10?',
      timestamp: '2025-03-14T12:30:00',
      type: 'text',
    });
  });

  it('checks the limit before the number, and refuses both', () => {
    expectFailure('whatsapp_get_chat_messages', { phone: 'bad', limit: -1 }, /Limit must be a non-negative integer/);
    expectFailure('whatsapp_get_chat_messages', { phone: 'bad' }, /Invalid phone number format/);
    expectFailure('whatsapp_get_chat_messages', { phone: '' }, 'Phone must be a non-empty string');
  });

  it('finds what it just sent, deletes it by id whatever phone is given, and keeps the chat preview', () => {
    const run = runCalls(whatsApp, demo(), [
      ['whatsapp_send_text_message', { phone: '+17035550188', message: 'Sold, sorry' }],
      ['whatsapp_get_chat_messages', { phone: '+17035550188' }],
    ]);
    const id = (run.outcomes[0]?.content as { message_id: string }).message_id;
    const listed = (run.outcomes[1]?.content as { messages: { message_id: string }[] }).messages.map((m) => m.message_id);
    expect(listed).toEqual(['msg_021', 'msg_022', id]);
    const deleted = whatsApp.call(run.state, 'whatsapp_delete_message', { phone: '+1234567890', message_id: id });
    expect(deleted.content).toEqual({ message_id: id, deleted: true });
    expect(deleted.state.messages[id]).toBeUndefined();
    expect(deleted.state.chats['+17035550188']?.last_message).toBe('Sold, sorry');
    const again = whatsApp.call(deleted.state, 'whatsapp_delete_message', { phone: '+1234567890', message_id: id });
    expect(again.content).toEqual({ message_id: id, deleted: false });
  });

  it('refuses to delete with an empty id or a malformed number', () => {
    expectFailure('whatsapp_delete_message', { phone: '', message_id: 'msg_001' }, 'Phone must be a non-empty string');
    expectFailure('whatsapp_delete_message', { phone: 'bad', message_id: '' }, 'Message ID must be a non-empty string');
    expectFailure('whatsapp_delete_message', { phone: 'bad', message_id: 'msg_001' }, /Invalid phone number format/);
  });

  it('marks a whole chat read, even for a message id, and accepts a number with no chat', () => {
    let outcome = whatsApp.call(demo(), 'whatsapp_mark_message_read', { phone: '+14155550122', message_id: 'msg_008' });
    expect(outcome.content).toEqual({ phone: '+14155550122', marked_read: true });
    expect(outcome.state.chats['+14155550122']?.unread_count).toBe(0);
    const start = demo();
    outcome = whatsApp.call(start, 'whatsapp_mark_message_read', { phone: '+1234567890' });
    expect(outcome.content).toEqual({ phone: '+1234567890', marked_read: true });
    expect(outcome.state).toEqual(start);
    expectFailure('whatsapp_mark_message_read', { phone: '0123' }, /Invalid phone number format/);
  });
});

describe('chats', () => {
  it('lists unarchived chats by default and archived ones on request, keeping their order', () => {
    const phones = (args: Record<string, unknown>) =>
      (whatsApp.call(demo(), 'whatsapp_list_chats', args).content as { chats: { phone: string }[] }).chats.map((c) => c.phone);
    expect(phones({})).toEqual(['+14155550111', '+14155550122', '+13125550133', '+12065550144', '+16465550155', '+17035550188']);
    expect(phones({ archived: 'yes' })).toEqual(['+15035550166', '+447700900177']);
    expect(phones({ limit: 2 })).toEqual(['+14155550111', '+14155550122']);
    expect(phones({ limit: 0, archived: true })).toHaveLength(2);
    const first = (whatsApp.call(demo(), 'whatsapp_list_chats', { limit: 1 }).content as { chats: unknown[] }).chats[0];
    expect(first).toEqual({
      phone: '+14155550111',
      name: 'Dad',
      unread_count: 2,
      last_message: 'Image: /photos/garden_tulips.jpg - first tulips this year',
      last_message_time: '2025-03-14T09:13:27',
    });
    expectFailure('whatsapp_list_chats', { limit: -1 }, /Limit must be a non-negative integer/);
  });

  it('archives and unarchives, creating an empty chat for a new number', () => {
    let outcome = whatsApp.call(demo(), 'whatsapp_archive_chat', { phone: '+16465550155', archive: true });
    expect(outcome.content).toEqual({ phone: '+16465550155', archived: true });
    expect(outcome.state.chats['+16465550155']?.archived).toBe(true);
    outcome = whatsApp.call(demo(), 'whatsapp_archive_chat', { phone: '+15035550166', archive: 'false' });
    expect(outcome.state.chats['+15035550166']?.archived).toBe(false);
    outcome = whatsApp.call(demo(), 'whatsapp_archive_chat', { phone: '+1234567890', archive: true });
    expect(outcome.state.chats['+1234567890']).toEqual({
      phone: '+1234567890',
      name: '+1234567890',
      unread_count: 0,
      last_message: '',
      last_message_time: '',
      archived: true,
    });
    expectFailure('whatsapp_archive_chat', { phone: '', archive: true }, 'Phone must be a non-empty string');
    expectFailure('whatsapp_archive_chat', { phone: '+12345abcde', archive: true }, /Invalid phone number format/);
  });
});
