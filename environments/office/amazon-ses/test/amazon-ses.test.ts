import { describe, expect, it } from 'vitest';
import { amazonSes as ses } from '../src/index.js';

type Outcome = ReturnType<typeof ses.call>;
type Args = Record<string, unknown>;

const MESSAGE = { Subject: { Data: 'Your order shipped' }, Body: { Text: { Data: 'It is on its way.' } } };
const TO = { ToAddresses: ['ines.moreau@example.fr'] };
const SENDER = 'orders@pageturner-books.com';
const PENDING = 'newsletter@pageturner-books.com';
const FAILED = 'marketing@pageturner-books.co.uk';

const demo = () => ses.loadPreset('demo');
const content = (outcome: Outcome) => outcome.content as Record<string, unknown>;

function succeed(state: ReturnType<typeof ses.load>, name: string, args: Args): Outcome {
  const outcome = ses.call(state, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return outcome;
}

function expectFailure(name: string, args: Args, message: string | RegExp, start = demo()): Outcome {
  const outcome = ses.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
  return outcome;
}

describe('scenario', () => {
  it('{} loads an empty account with a fixed clock (the reference requires current_time)', () => {
    expect(ses.load({})).toEqual({
      verified_identities: {},
      sent_emails: {},
      send_statistics: [],
      templates: {},
      current_time: '2025-01-01T00:00:00',
      message_id_counter: 1,
    });
  });

  it('refuses an identity whose address is not an email and a counter below 1', () => {
    expect(() => ses.load({ verified_identities: { bad: { address: 'bad' } } })).toThrow(/address/);
    expect(() => ses.load({ message_id_counter: 0 })).toThrow(/message_id_counter/);
  });
});

describe('send_email', () => {
  it('records the email from a verified sender with the destination filled out and numbers it from the counter', () => {
    const outcome = succeed(demo(), 'send_email', { destination: TO, message: MESSAGE, source: SENDER, reply_to_addresses: [SENDER] });
    expect(outcome.content).toEqual({ MessageId: 'msg-00000004', RequestId: 'req-msg-00000004' });
    expect(outcome.state.message_id_counter).toBe(5);
    expect(outcome.state.sent_emails['msg-00000004']).toEqual({
      message_id: 'msg-00000004',
      source: SENDER,
      destination: { ToAddresses: ['ines.moreau@example.fr'], CcAddresses: [], BccAddresses: [] },
      timestamp: '2025-03-10T09:15:00',
    });
  });

  it('sends without a source, and reads the destination and message given as JSON text', () => {
    const outcome = succeed(ses.load({ current_time: '2024-05-01T10:00:00' }), 'send_email', {
      destination: JSON.stringify({ CcAddresses: ['a@b.com'], Other: 1 }),
      message: JSON.stringify({ Subject: {}, Body: {} }),
    });
    expect(outcome.content).toEqual({ MessageId: 'msg-00000001', RequestId: 'req-msg-00000001' });
    expect(outcome.state.sent_emails['msg-00000001']).toMatchObject({
      source: '',
      destination: { ToAddresses: [], CcAddresses: ['a@b.com'] },
    });
  });

  it('writes ids past eight digits in full', () => {
    const outcome = succeed(ses.load({ message_id_counter: 123456789 }), 'send_email', { destination: {}, message: MESSAGE });
    expect(content(outcome).MessageId).toBe('msg-123456789');
  });

  it('refuses unknown senders, senders not yet verified, and a malformed destination or message', () => {
    expectFailure(
      'send_email',
      { destination: TO, message: MESSAGE, source: 'someone@else.com' },
      'Source email someone@else.com is not verified',
    );
    expectFailure('send_email', { destination: TO, message: MESSAGE, source: PENDING }, /verification status is Pending, not Success/);
    expectFailure('send_email', { destination: TO, message: MESSAGE, source: FAILED }, /verification status is Failed, not Success/);
    expectFailure('send_email', { destination: { ToAddresses: 'a@b.com' }, message: MESSAGE }, /Invalid destination: ToAddresses/);
    expectFailure('send_email', { destination: { ToAddresses: [1] }, message: MESSAGE }, /Invalid destination: ToAddresses\.0/);
    expectFailure('send_email', { destination: TO, message: { Subject: { Data: 5 }, Body: {} } }, /Invalid message: Subject\.Data/);
    expectFailure('send_email', { destination: TO, message: { Subject: {} } }, /Invalid message: Body/);
  });
});

describe('send_raw_email', () => {
  it('uses up a message id and records nothing; any known sender will do, even one still pending', () => {
    const start = demo();
    const outcome = succeed(start, 'send_raw_email', { raw_message: 'From: a\n\nhello', source: PENDING, destinations: [1] });
    expect(outcome.content).toEqual({ MessageId: 'msg-00000004' });
    expect(outcome.state.message_id_counter).toBe(5);
    expect(outcome.state.sent_emails).toEqual(start.sent_emails);
  });

  it('refuses an empty message and an unknown sender', () => {
    expectFailure('send_raw_email', { raw_message: '' }, /raw_message must be a non-empty string/);
    expectFailure('send_raw_email', { raw_message: 'x', source: 'who@where.com' }, /is not verified/);
  });
});

describe('send_templated_email', () => {
  it('records the email without checking the template or its data; a pending sender is accepted', () => {
    const outcome = succeed(demo(), 'send_templated_email', {
      destination: TO,
      template: 'NoSuchTemplate',
      template_data: 'not json',
      source: PENDING,
    });
    expect(outcome.content).toEqual({ MessageId: 'msg-00000004' });
    expect(outcome.state.sent_emails['msg-00000004']).toMatchObject({ source: PENDING, destination: { ToAddresses: TO.ToAddresses } });
  });

  it('refuses an empty template name or data, an unknown sender and a malformed destination', () => {
    expectFailure('send_templated_email', { destination: TO, template: '', template_data: '{}' }, /template must be a non-empty string/);
    expectFailure(
      'send_templated_email',
      { destination: TO, template: 'ShippingUpdate', template_data: '' },
      /template_data must be a non-empty string/,
    );
    expectFailure(
      'send_templated_email',
      { destination: TO, template: 'ShippingUpdate', template_data: '{}', source: 'x@y.com' },
      /not verified/,
    );
    expectFailure(
      'send_templated_email',
      { destination: { BccAddresses: null }, template: 'ShippingUpdate', template_data: '{}' },
      /Invalid destination/,
    );
  });
});

describe('get_send_statistics', () => {
  it('lists the stored data points with every count filled in', () => {
    const points = content(succeed(demo(), 'get_send_statistics', {})).SendDataPoints as { Bounces: number }[];
    expect(points).toHaveLength(7);
    expect(points[3]).toEqual({ Timestamp: '2025-03-06T00:00:00', DeliveryAttempts: 1290, Bounces: 41, Complaints: 6, Rejects: 2 });
    const loose = ses.load({ send_statistics: [{ Timestamp: '2024-05-01T00:00:00', Bounces: '2' }] });
    expect(content(succeed(loose, 'get_send_statistics', {})).SendDataPoints).toEqual([
      { Timestamp: '2024-05-01T00:00:00', DeliveryAttempts: 0, Bounces: 2, Complaints: 0, Rejects: 0 },
    ]);
  });
});

describe('verify_email_identity', () => {
  it('registers a new address as Pending', () => {
    const outcome = succeed(demo(), 'verify_email_identity', { email_address: 'events@pageturner-books.com' });
    expect(outcome.content).toEqual({ status: 'pending' });
    expect(outcome.state.verified_identities['events@pageturner-books.com']).toEqual({
      address: 'events@pageturner-books.com',
      verification_status: 'Pending',
      verification_token: null,
    });
  });

  it('reports a registered address’s status in lower case and changes nothing', () => {
    const start = demo();
    const outcome = succeed(start, 'verify_email_identity', { email_address: FAILED });
    expect(outcome.content).toEqual({ status: 'failed' });
    expect(outcome.state.verified_identities).toEqual(start.verified_identities);
  });

  it('refuses an empty value and text that is not an email address', () => {
    expectFailure('verify_email_identity', { email_address: '' }, /email_address must be a non-empty string/);
    expectFailure('verify_email_identity', { email_address: 'bookshop' }, /is not an email address/);
    expectFailure('verify_email_identity', { email_address: 'a@b.co\n' }, /is not an email address/);
  });
});

describe('get_identity_verification_attributes', () => {
  it('returns status and token for registered identities and leaves out the rest', () => {
    const outcome = succeed(demo(), 'get_identity_verification_attributes', {
      identities: ['no-reply@mail.pageturner-books.com', PENDING, 'stranger@example.com', 1, null],
    });
    expect(outcome.content).toEqual({
      VerificationAttributes: {
        'no-reply@mail.pageturner-books.com': { VerificationStatus: 'Success', VerificationToken: 'pX7q2LmA9sKd3VbN0wRt5YzE' },
        [PENDING]: { VerificationStatus: 'Pending', VerificationToken: null },
      },
    });
  });

  it('reads the list given as JSON text, and treats "__proto__" as an ordinary unknown name', () => {
    const outcome = succeed(demo(), 'get_identity_verification_attributes', { identities: JSON.stringify([SENDER, '__proto__']) });
    expect(Object.keys(content(outcome).VerificationAttributes as object)).toEqual([SENDER]);
  });

  it('refuses a list or an object among the identities, as the reference cannot look them up', () => {
    expectFailure('get_identity_verification_attributes', { identities: [SENDER, [1]] }, /identities\[1\] must be an identity name/);
    expectFailure('get_identity_verification_attributes', { identities: [{}] }, /identities\[0\] must be an identity name/);
  });
});
