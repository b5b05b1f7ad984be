import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { whatsApp } from '../src/index.js';

const demo = () => whatsApp.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = whatsApp.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('groups', () => {
  it('creates a group_<uuid> stamped with the clock, keeping the participants as given', () => {
    const outcome = whatsApp.call(demo(), 'whatsapp_create_group', {
      name: 'Jazz night',
      participants: '["+13125550133", "+14155550122", "+13125550133"]',
    });
    const result = outcome.content as { group_id: string };
    expect(result.group_id).toMatch(/^group_[0-9a-f-]{36}$/);
    expect(result).toEqual({
      group_id: result.group_id,
      name: 'Jazz night',
      participants: ['+13125550133', '+14155550122', '+13125550133'],
    });
    expect(outcome.state.groups[result.group_id]).toEqual({
      group_id: result.group_id,
      name: 'Jazz night',
      participants: ['+13125550133', '+14155550122', '+13125550133'],
      created_at: '2025-03-14T19:30:00',
      description: '',
    });
    const empty = whatsApp.call(demo(), 'whatsapp_create_group', { name: 'Solo' }).content;
    expect(empty).toMatchObject({ participants: [] });
  });

  it('refuses an empty name or any malformed participant, creating nothing', () => {
    expectFailure('whatsapp_create_group', { name: '' }, 'Name must be a non-empty string');
    expectFailure(
      'whatsapp_create_group',
      { name: 'G', participants: ['+1234567890', '555 0100', 'bad'] },
      /Invalid participant phone number: 555 0100/,
    );
  });

  it('shows a group, and refuses an unknown or empty id', () => {
    const outcome = whatsApp.call(demo(), 'whatsapp_get_group_info', { group_id: 'group_climbing' });
    expect(outcome.content).toEqual({
      group_id: 'group_climbing',
      name: 'Saturday climbers',
      participants: ['+14155550100', '+14155550122', '+13125550133', '+12065550144'],
      created_at: '2024-06-01T08:30:00',
      description: '',
    });
    expectFailure('whatsapp_get_group_info', { group_id: 'group_nope' }, /Group group_nope not found/);
    expectFailure('whatsapp_get_group_info', { group_id: 'constructor' }, /Group constructor not found/);
    expectFailure('whatsapp_get_group_info', { group_id: '' }, 'Group ID must be a non-empty string');
  });

  it('adds new members, reporting members already there or repeated in the request', () => {
    const outcome = whatsApp.call(demo(), 'whatsapp_add_group_participants', {
      group_id: 'group_family',
      participants: ['+14155550111', '+1234567890', '+1234567890'],
    });
    expect(outcome.content).toEqual({
      group_id: 'group_family',
      added_participants: ['+1234567890'],
      failed_participants: ['+14155550111', '+1234567890'],
    });
    expect(outcome.state.groups.group_family?.participants).toEqual(['+14155550100', '+14155550111', '+447700900177', '+1234567890']);
  });

  it('adds nobody when one number is malformed, and checks the group first', () => {
    expectFailure(
      'whatsapp_add_group_participants',
      { group_id: 'group_family', participants: ['+1234567890', 'bad'] },
      /Invalid participant phone number: bad/,
    );
    expectFailure('whatsapp_add_group_participants', { group_id: 'group_nope', participants: ['bad'] }, /Group group_nope not found/);
  });

  it('removes one membership per mention, without checking number formats', () => {
    const run = runCalls(whatsApp, demo(), [
      ['whatsapp_create_group', { name: 'Dupes', participants: ['+1234567890', '+1234567890', '+1987654321'] }],
    ]);
    const id = (run.outcomes[0]?.content as { group_id: string }).group_id;
    const outcome = whatsApp.call(run.state, 'whatsapp_remove_group_participants', {
      group_id: id,
      participants: ['+1234567890', 'bad', '+1987654321', '+1987654321'],
    });
    expect(outcome.content).toEqual({
      group_id: id,
      removed_participants: ['+1234567890', '+1987654321'],
      failed_participants: ['bad', '+1987654321'],
    });
    expect(outcome.state.groups[id]?.participants).toEqual(['+1234567890']);
    expectFailure('whatsapp_remove_group_participants', { group_id: 'group_nope', participants: [] }, /Group group_nope not found/);
  });

  it('renames and describes a group, refusing empty values', () => {
    let outcome = whatsApp.call(demo(), 'whatsapp_update_group_name', { group_id: 'group_notes', name: 'Lists' });
    expect(outcome.content).toEqual({ group_id: 'group_notes', name: 'Lists' });
    expect(outcome.state.groups.group_notes?.name).toBe('Lists');
    outcome = whatsApp.call(demo(), 'whatsapp_update_group_description', { group_id: 'group_climbing', description: 'Sat 10:00' });
    expect(outcome.content).toEqual({ group_id: 'group_climbing', description: 'Sat 10:00' });
    expect(outcome.state.groups.group_climbing?.description).toBe('Sat 10:00');
    expectFailure('whatsapp_update_group_name', { group_id: 'group_notes', name: '' }, 'Name must be a non-empty string');
    expectFailure('whatsapp_update_group_name', { group_id: 'group_x', name: 'A' }, /Group group_x not found/);
    expectFailure(
      'whatsapp_update_group_description',
      { group_id: 'group_notes', description: '' },
      'Description must be a non-empty string',
    );
    expectFailure('whatsapp_update_group_description', { group_id: 'group_x', description: 'A' }, /Group group_x not found/);
  });

  it('leaves a group: it is gone, and leaving again fails', () => {
    const outcome = whatsApp.call(demo(), 'whatsapp_leave_group', { group_id: 'group_family' });
    expect(outcome.content).toEqual({ group_id: 'group_family', left: true });
    expect(Object.keys(outcome.state.groups)).toEqual(['group_climbing', 'group_notes']);
    expectFailure('whatsapp_leave_group', { group_id: 'group_family' }, /Group group_family not found/, outcome.state);
    expectFailure('whatsapp_leave_group', { group_id: '' }, 'Group ID must be a non-empty string');
  });
});

describe('profile', () => {
  it('shows the account itself without a phone, with fallbacks for missing keys', () => {
    expect(whatsApp.call(demo(), 'whatsapp_get_profile_info', {}).content).toEqual({
      phone: 'me',
      name: 'Maya Chen',
      status: 'Out climbing, back Sunday',
      profile_picture_url: '/photos/maya_profile.jpg',
    });
    const bare = whatsApp.load({ profile: { status: 7 } });
    expect(whatsApp.call(bare, 'whatsapp_get_profile_info', { phone: null }).content).toEqual({
      phone: 'me',
      name: 'WhatsApp User',
      status: 7,
      profile_picture_url: '',
    });
  });

  it('shows a saved contact as Available and any other number as itself', () => {
    expect(whatsApp.call(demo(), 'whatsapp_get_profile_info', { phone: '+14155550122' }).content).toEqual({
      phone: '+14155550122',
      name: 'Priya Nair',
      status: 'Available',
      profile_picture_url: '',
    });
    expect(whatsApp.call(demo(), 'whatsapp_get_profile_info', { phone: '+17035550188' }).content).toEqual({
      phone: '+17035550188',
      name: '+17035550188',
      status: '',
      profile_picture_url: '',
    });
    expectFailure('whatsapp_get_profile_info', { phone: '' }, /Invalid phone number format/);
  });

  it('changes the push name and avatar', () => {
    let outcome = whatsApp.call(demo(), 'whatsapp_change_push_name', { push_name: 'Maya C.' });
    expect(outcome.content).toEqual({ push_name: 'Maya C.', updated: true });
    expect(outcome.state.profile.push_name).toBe('Maya C.');
    outcome = whatsApp.call(outcome.state, 'whatsapp_change_avatar', { avatar_path: '/photos/new.png' });
    expect(outcome.content).toEqual({ updated: true, avatar_path: '/photos/new.png' });
    expect(whatsApp.call(outcome.state, 'whatsapp_get_profile_info', {}).content).toMatchObject({
      name: 'Maya C.',
      profile_picture_url: '/photos/new.png',
    });
    const empty = whatsApp.call(whatsApp.load({ profile: {} }), 'whatsapp_change_push_name', { push_name: 'X' });
    expect(empty.state.profile).toEqual({ push_name: 'X' });
    expectFailure('whatsapp_change_push_name', { push_name: '' }, 'Push name must be a non-empty string');
    expectFailure('whatsapp_change_avatar', { avatar_path: '' }, 'Avatar path must be a non-empty string');
  });
});

describe('contacts and the phone directory', () => {
  it('lists saved contacts in order, with a limit', () => {
    const contacts = (args: Record<string, unknown>) =>
      (whatsApp.call(demo(), 'whatsapp_get_contacts', args).content as { contacts: { phone: string; name: string }[] }).contacts;
    expect(contacts({}).map((c) => c.name)).toEqual([
      'Dad',
      'Priya Nair',
      'Sam',
      'Sam',
      'Mr. Okafor (landlord)',
      'Bright Smile Dental',
      'Grandma Rose',
      'Tom (old number)',
    ]);
    expect(contacts({ limit: 1 })).toEqual([{ phone: '+14155550111', name: 'Dad', is_registered: true }]);
    expect(contacts({ limit: 0 })).toHaveLength(8);
    expectFailure('whatsapp_get_contacts', { limit: -2 }, /Limit must be a non-negative integer/);
  });

  it('answers from the directory: unknown numbers are invalid, invalid ones never registered', () => {
    const check = (phone: string, start = demo()) => whatsApp.call(start, 'whatsapp_check_phone', { phone }).content;
    expect(check('+14155550122')).toEqual({ phone: '+14155550122', is_registered: true, is_valid: true });
    expect(check('+19035550199')).toEqual({ phone: '+19035550199', is_registered: false, is_valid: true });
    expect(check('+15555550000')).toEqual({ phone: '+15555550000', is_registered: false, is_valid: false });
    expect(check('+1234567890')).toEqual({ phone: '+1234567890', is_registered: false, is_valid: false });
    expect(check('+1415555123', whatsApp.load({}))).toEqual({ phone: '+1415555123', is_registered: false, is_valid: true });
    expect(check('+1234567890', whatsApp.load({}))).toEqual({ phone: '+1234567890', is_registered: true, is_valid: true });
    expectFailure('whatsapp_check_phone', { phone: '' }, 'Phone must be a non-empty string');
    expectFailure('whatsapp_check_phone', { phone: '+1 415 555' }, /Invalid phone number format/);
  });
});
