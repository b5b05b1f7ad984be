import { describe, expect, it } from 'vitest';
import { campusCard as card } from '../src/index.js';
import { demo as demoScenario } from '../src/presets/demo.js';

const demo = () => card.loadPreset('demo');
type Row = { tradeId: string; date: string; amount: number; balanceAfter: number };
const content = (name: string, args: Record<string, unknown>, start = demo()) =>
  card.call(start, name, args).content as Record<string, unknown>;
const tradeIds = (args: Record<string, unknown>, start = demo()) =>
  (content('query_transactions', args, start).transactions as Row[]).map((row) => row.tradeId);

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = card.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('CampusCard', () => {
  it('loads the reference’s default world from {}: no account, six status texts, its clock', () => {
    const world = card.load({});
    expect(world).toEqual(card.defaultScenario);
    expect(world.accounts).toEqual({});
    expect(world.statusTextMap).toEqual({
      1: 'normal',
      2: 'lost',
      3: 'system frozen',
      4: 'closed',
      5: 'pre-closed',
      6: 'manually frozen',
    });
    expect(world.current_time).toBe('2024-01-01 00:00:00');
    expect(Object.keys(demo().accounts)).toHaveLength(6);
  });

  it('query_balance: balance and currency without a password', () => {
    expect(content('query_balance', { userId: '2023010101' })).toEqual({ userId: '2023010101', balance: 86.5, currency: 'CNY' });
    expectFailure('query_balance', { userId: '' }, /userId must be a non-empty string/);
    expectFailure('query_balance', { userId: 'S404' }, /User S404 not found/);
  });

  it('query_transactions: all in stored order, or within inclusive day bounds', () => {
    expect(tradeIds({ userId: '2022030417' })).toEqual(['T20240310200110', 'T20240313124400', 'T20240313125900']);
    // Bounds compare days, so the whole of 2024-03-14 is in; single-digit months are read too.
    expect(tradeIds({ userId: '2023010101', startDate: '2024-03-13', endDate: '2024-3-14' })).toEqual([
      'T20240313183020',
      'T20240314101530',
      'T20240314160000',
    ]);
    expect(tradeIds({ userId: '2022030417', endDate: '2024-03-12' })).toEqual(['T20240310200110']);
    // An empty bound is no bound.
    expect(tradeIds({ userId: '2022030417', startDate: '', endDate: '' })).toHaveLength(3);
    expect(tradeIds({ userId: 'T0088' })).toEqual([]);
  });

  it('query_transactions: a malformed date fails only when there is a transaction to filter', () => {
    expect(tradeIds({ userId: 'T0088', startDate: 'junk' })).toEqual([]);
    expectFailure('query_transactions', { userId: '2023010101', startDate: 'junk' }, /startDate "junk" is not a valid date/);
    expectFailure('query_transactions', { userId: '2023010101', endDate: '2024-02-30' }, /endDate "2024-02-30" is not a valid date/);
    expectFailure('query_transactions', { userId: 'nobody', startDate: '2024-03-01' }, /User nobody not found/);
    const broken = card.load({
      accounts: { a: { userId: 'a', name: 'A', password: 'p', balance: 1 } },
      transactions: { a: [{ tradeId: 'x1', merchantName: 'M', date: '2024-13-40 10:00:00', amount: -1, balanceAfter: 1 }] },
    });
    expect(tradeIds({ userId: 'a' }, broken)).toEqual(['x1']);
    expectFailure('query_transactions', { userId: 'a', endDate: '2024-12-31' }, /Transaction x1 is dated "2024-13-40 10:00:00"/, broken);
  });

  it('query_basic_info: name and status text after the password', () => {
    expect(content('query_basic_info', { userId: '2021070006', password: 'ly-grad' })).toEqual({
      userId: '2021070006',
      name: 'Liu Yang',
      status: 5,
      statusText: 'pre-closed',
    });
    const custom = card.load({ ...demoScenario, statusTextMap: { 1: 'active' } });
    expect(content('query_basic_info', { userId: '2022030417', password: 'cj_pass' }, custom)).toMatchObject({
      status: 2,
      statusText: 'unknown',
    });
    expectFailure('query_basic_info', { userId: '2021070006', password: '' }, /password must be a non-empty string/);
    expectFailure('query_basic_info', { userId: '', password: 'x' }, /userId must be a non-empty string/);
    expectFailure('query_basic_info', { userId: 'nobody', password: 'x' }, /User nobody not found/);
    expectFailure('query_basic_info', { userId: '2021070006', password: 'LY-GRAD' }, /Invalid password/);
  });

  it('recharge: adds the amount and records a transaction stamped with the scenario clock', () => {
    const before = demo();
    const outcome = card.call(before, 'recharge', { userId: '2023010102', amount: 0.1, paymentMethod: 'bank_card' });
    expect(outcome.content).toEqual({
      userId: '2023010102',
      success: true,
      amount: 0.1,
      balanceAfter: 215.4,
      transactionId: 'RECHARGE_20240315193000_2023010102',
      message: 'Successfully recharged 0.1 CNY',
    });
    expect(outcome.state.accounts['2023010102']?.balance).toBe(215.4);
    expect(outcome.state.transactions['2023010102']?.at(-1)).toEqual({
      tradeId: 'RECHARGE_20240315193000_2023010102',
      merchantName: 'Campus Card Recharge',
      date: '2024-03-15 19:30:00',
      amount: 0.1,
      balanceAfter: 215.4,
    });
  });

  it('recharge: a first transaction starts the history; amounts as text and whole numbers read as floats', () => {
    const outcome = card.call(demo(), 'recharge', { userId: '2024050233', amount: '50', paymentMethod: 'alipay' });
    expect(outcome.content).toMatchObject({ balanceAfter: 50, message: 'Successfully recharged 50.0 CNY' });
    expect(tradeIds({ userId: '2024050233' }, outcome.state)).toEqual(['RECHARGE_20240315193000_2024050233']);
    // Two recharges at one clock reading share their id, as in the reference.
    const again = card.call(outcome.state, 'recharge', { userId: '2024050233', amount: 5, paymentMethod: 'wechat' });
    expect(tradeIds({ userId: '2024050233' }, again.state)).toEqual([
      'RECHARGE_20240315193000_2024050233',
      'RECHARGE_20240315193000_2024050233',
    ]);
    // Status does not block a recharge: the lost card is topped up too.
    expect(content('recharge', { userId: '2022030417', amount: 8, paymentMethod: 'wechat' })).toMatchObject({ balanceAfter: 50 });
  });

  it('recharge: refuses a non-positive amount, another payment method or an unknown account, in that order', () => {
    expectFailure('recharge', { userId: '', amount: 0, paymentMethod: 'cash' }, /userId must be a non-empty string/);
    expectFailure('recharge', { userId: 'nobody', amount: 0, paymentMethod: 'cash' }, /amount must be a positive number/);
    expectFailure('recharge', { userId: 'nobody', amount: -5, paymentMethod: 'alipay' }, /amount must be a positive number/);
    expectFailure(
      'recharge',
      { userId: 'nobody', amount: 5, paymentMethod: 'Alipay' },
      /paymentMethod must be one of: alipay, wechat, bank_card/,
    );
    expectFailure('recharge', { userId: 'nobody', amount: 5, paymentMethod: 'alipay' }, /User nobody not found/);
  });

  it('update_info: sets the given fields, keeps the others, and says when none was given', () => {
    const outcome = card.call(demo(), 'update_info', { userId: '2023010102', password: 'zm123456', phone: '13700137002', address: '' });
    expect(outcome.content).toEqual({
      userId: '2023010102',
      success: true,
      updatedFields: ['phone', 'address'],
      message: 'Updated 2 field(s)',
    });
    expect(outcome.state.accounts['2023010102']).toMatchObject({
      phone: '13700137002',
      email: 'zhangmin@stu.example.edu.cn',
      address: '',
    });
    expect(content('update_info', { userId: 'T0088', password: 'wf-office-88' })).toEqual({
      userId: 'T0088',
      success: false,
      updatedFields: [],
      message: 'No fields updated',
    });
    expectFailure('update_info', { userId: 'T0088', password: 'nope', phone: '1' }, /Invalid password/);
    expectFailure('update_info', { userId: 'T0088', password: '', phone: '1' }, /password must be a non-empty string/);
    expectFailure('update_info', { userId: 'T9999', password: 'x', phone: '1' }, /User T9999 not found/);
  });

  it('lostCard: marks the card lost whatever its status', () => {
    const outcome = card.call(demo(), 'lostCard', { userId: '2021070006', password: 'ly-grad' });
    expect(outcome.content).toEqual({
      userId: '2021070006',
      success: true,
      message: 'Card has been reported as lost and frozen',
      status: 2,
    });
    expect(content('query_basic_info', { userId: '2021070006', password: 'ly-grad' }, outcome.state)).toMatchObject({
      status: 2,
      statusText: 'lost',
    });
    expectFailure('lostCard', { userId: '2021070006', password: 'x' }, /Invalid password/);
    expectFailure('lostCard', { userId: '2021070006', password: '' }, /password must be a non-empty string/);
    expectFailure('lostCard', { userId: '', password: 'x' }, /userId must be a non-empty string/);
    expectFailure('lostCard', { userId: 'ghost', password: 'x' }, /User ghost not found/);
  });

  it('keeps "__proto__" an ordinary account id, with its own history', () => {
    const start = card.load(JSON.parse('{"accounts":{"__proto__":{"userId":"__proto__","name":"P","password":"p","balance":1}}}'));
    const outcome = card.call(start, 'recharge', { userId: '__proto__', amount: 1, paymentMethod: 'wechat' });
    expect(tradeIds({ userId: '__proto__' }, outcome.state)).toEqual(['RECHARGE_20240101000000___proto__']);
    expect(Object.keys((card.save(outcome.state) as { transactions: object }).transactions)).toEqual(['__proto__']);
  });
});
