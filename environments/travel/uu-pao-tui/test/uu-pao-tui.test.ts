import { describe, expect, it } from 'vitest';
import { uuPaoTui as uu } from '../src/index.js';

type Outcome = ReturnType<typeof uu.call>;

const demo = () => uu.loadPreset('demo');
const DEMO_TOKEN = 'quote-7f3a9c12';

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()): Outcome {
  const outcome = uu.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
  return outcome;
}

describe('estimate_price', () => {
  it('prices (base + km × per-km) × city multiplier, stores a one-use token, and is reproducible', () => {
    const args = {
      fromAddress: '上海市静安区南京西路1266号',
      toAddress: '上海市徐汇区漕溪北路88号',
      adCode: '310100',
      sendType: 'scheduled',
    };
    const first = uu.call(uu.load({}), 'estimate_price', args, { seed: 5 });
    const again = uu.call(uu.load({}), 'estimate_price', args, { seed: 5 });
    expect(again.content).toEqual(first.content);
    const { priceToken, needPayMoney } = first.content as { priceToken: string; needPayMoney: number };
    const quote = first.state.priceTokens[priceToken] as { distance: number; needPayMoney: number; timestamp: string };
    expect(quote.distance).toBeGreaterThanOrEqual(1);
    expect(quote.distance).toBeLessThanOrEqual(50);
    expect(needPayMoney).toBe(Math.round((6 + quote.distance * 2.5) * 1.3 * 100) / 100);
    expect(quote).toMatchObject({ needPayMoney, timestamp: '2024-01-01T00:00:00', adCode: '310100', sendType: 'scheduled' });
  });

  it('uses a 1.0 multiplier for a city not in the table, and rounds exact halves to even as Python does', () => {
    const fee = (instant: number) => {
      const state = uu.load({ baseRatesMap: { instant, per_km: 0 }, cityMultipliersMap: {} });
      return (
        uu.call(state, 'estimate_price', { fromAddress: 'a', toAddress: 'b', adCode: '999999', sendType: 'instant' }).content as {
          needPayMoney: number;
        }
      ).needPayMoney;
    };
    expect(fee(0.125)).toBe(0.12);
    expect(fee(0.375)).toBe(0.38);
    expect(fee(12.3)).toBe(12.3);
  });

  it('charges 8 CNY base for a send type missing from the rates', () => {
    const state = uu.load({ baseRatesMap: { per_km: 0 } });
    const outcome = uu.call(state, 'estimate_price', { fromAddress: 'a', toAddress: 'b', adCode: '330100', sendType: 'scheduled' });
    expect((outcome.content as { needPayMoney: number }).needPayMoney).toBe(8);
  });

  it('refuses an unknown send type or an empty address', () => {
    expectFailure(
      'estimate_price',
      { fromAddress: 'a', toAddress: 'b', adCode: '310100', sendType: 'Instant' },
      "sendType must be 'instant' or 'scheduled'",
    );
    expectFailure(
      'estimate_price',
      { fromAddress: '', toAddress: 'b', adCode: '310100', sendType: 'instant' },
      'fromAddress must be a non-empty string',
    );
  });
});

describe('create_order', () => {
  it('places the quoted delivery, uses the token up, and starts awaiting a courier', () => {
    const outcome = uu.call(demo(), 'create_order', { priceToken: DEMO_TOKEN, receiverPhone: '13812345678', senderPhone: '13900001111' });
    const { orderCode } = outcome.content as { orderCode: string };
    expect(orderCode).toMatch(/^UU\d{5,9}$/);
    expect(outcome.state.priceTokens).toEqual({});
    expect(outcome.state.orders[orderCode]).toEqual({
      orderCode,
      fromAddress: '上海市静安区南京西路1266号恒隆广场',
      toAddress: '上海市普陀区长寿路155号',
      state: '待接单',
      createdAt: '2025-03-18T09:30:00',
      receiverPhone: '13812345678',
      senderPhone: '13900001111',
      distance: 4,
      sendType: 'instant',
      adCode: '310100',
    });
    expectFailure(
      'create_order',
      { priceToken: DEMO_TOKEN, receiverPhone: '13812345678', senderPhone: '13900001111' },
      'Invalid or expired price token',
      outcome.state,
    );
  });

  it('refuses a number that is not a mainland mobile, keeping the token', () => {
    expectFailure(
      'create_order',
      { priceToken: DEMO_TOKEN, receiverPhone: '12812345678', senderPhone: '13900001111' },
      /receiverPhone must be a mainland mobile/,
    );
    expectFailure(
      'create_order',
      { priceToken: DEMO_TOKEN, receiverPhone: '13812345678', senderPhone: '+8613900001111' },
      /senderPhone must be a mainland mobile/,
    );
  });

  it('refuses a quote whose adCode is not six digits only when the order is placed, as the reference does', () => {
    const quoted = uu.call(uu.load({}), 'estimate_price', { fromAddress: 'a', toAddress: 'b', adCode: '31', sendType: 'instant' });
    const { priceToken } = quoted.content as { priceToken: string };
    expectFailure(
      'create_order',
      { priceToken, receiverPhone: '13812345678', senderPhone: '13900001111' },
      /adCode must be a 6-digit/,
      quoted.state,
    );
  });

  it('says what is wrong when the scenario lists no order states', () => {
    const start = uu.load({ ...uu.save(demo()), orderStates: [] });
    expectFailure(
      'create_order',
      { priceToken: DEMO_TOKEN, receiverPhone: '13812345678', senderPhone: '13900001111' },
      /lists no orderStates/,
      start,
    );
  });
});

describe('list_orders, query_order and cancel_order', () => {
  it('lists summaries in order and looks one up', () => {
    const list = uu.call(demo(), 'list_orders', {}).content as { order_list: { orderCode: string; state: string }[] };
    expect(list.order_list.map((o) => [o.orderCode, o.state])).toEqual([
      ['UU418220731', '待接单'],
      ['UU418221904', '配送中'],
      ['UU771030552', '已完成'],
      ['UU290016637', '已取消'],
      ['UU290019940', '异常订单'],
    ]);
    expect(uu.call(demo(), 'query_order', { orderCode: 'UU418221904' }).content).toEqual({
      orderCode: 'UU418221904',
      fromAddress: '上海市浦东新区世纪大道100号',
      toAddress: '上海市黄浦区外滩18号',
      distance: 6,
      state: '配送中',
    });
    expectFailure('query_order', { orderCode: 'UU1' }, 'Order UU1 not found');
  });

  it('charges ten times the instant rate to cancel an open order, nothing for a settled one', () => {
    const open = uu.call(demo(), 'cancel_order', { orderCode: 'UU290019940', reason: 'address wrong' });
    expect(open.content).toEqual({ orderCode: 'UU290019940', deductFee: 80 });
    expect(open.state.orders.UU290019940?.state).toBe('已取消');
    expect(uu.call(demo(), 'cancel_order', { orderCode: 'UU771030552', reason: 'late' }).content).toEqual({
      orderCode: 'UU771030552',
      deductFee: 0,
    });
    const pricier = uu.load({ ...uu.save(demo()), baseRatesMap: { instant: 9.99 } });
    expect(uu.call(pricier, 'cancel_order', { orderCode: 'UU418220731', reason: 'x' }).content).toEqual({
      orderCode: 'UU418220731',
      deductFee: 99,
    });
  });

  it('needs a reason and a known order', () => {
    expectFailure('cancel_order', { orderCode: 'UU418220731', reason: '' }, 'reason must be a non-empty string');
    expectFailure('cancel_order', { orderCode: 'UU404', reason: 'x' }, 'Order UU404 not found');
  });
});

describe('scenario', () => {
  it('loads the reference defaults from {} and checks phone numbers and the clock', () => {
    const state = uu.load({});
    expect(state.baseRatesMap).toEqual({ instant: 8, scheduled: 6, per_km: 2.5, per_min: 0.5 });
    expect(state.cityMultipliersMap['310100']).toBe(1.3);
    expect(state.orderStates).toEqual(['待接单', '配送中', '已完成', '已取消', '异常订单']);
    expect(() => uu.load({ current_time: '2025-03-18 09:30' })).toThrow(/current_time/);
  });
});
