import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const spend = (tradeId: string, merchantName: string, date: string, amount: number, balanceAfter: number) => ({
  tradeId,
  merchantName,
  date,
  amount,
  balanceAfter,
});

// A week of term at a university card office: a student who eats in the canteens every day, one who
// has just topped up, one whose card is already reported lost, a staff member with a full profile
// and no transactions yet, a card with a zero balance, and a graduate's card that is pre-closed (status 5). The
// clock stands on a Friday evening.
export const demo: Input = {
  accounts: {
    '2023010101': {
      userId: '2023010101',
      name: 'Li Wei',
      password: 'lw@2023',
      balance: 86.5,
      phone: '13800138001',
      email: 'liwei@stu.example.edu.cn',
      address: 'Dorm 5, Room 312',
    },
    '2023010102': {
      userId: '2023010102',
      name: 'Zhang Min',
      password: 'zm123456',
      balance: 215.3,
      email: 'zhangmin@stu.example.edu.cn',
    },
    '2022030417': {
      userId: '2022030417',
      name: 'Chen Jie',
      password: 'cj_pass',
      balance: 42,
      status: 2,
      phone: '13900139017',
    },
    T0088: {
      userId: 'T0088',
      name: 'Prof. Wang Fang',
      password: 'wf-office-88',
      balance: 500,
      phone: '010-62780088',
      email: 'wangfang@example.edu.cn',
      address: 'Science Building 3, Office 405',
    },
    '2024050233': {
      userId: '2024050233',
      name: 'Zhao Lei',
      password: 'zl0233',
      balance: 0,
    },
    '2021070006': {
      userId: '2021070006',
      name: 'Liu Yang',
      password: 'ly-grad',
      balance: 12.8,
      status: 5,
    },
  },
  transactions: {
    '2023010101': [
      spend('T20240311073512', 'North Canteen', '2024-03-11 07:35:12', -6.5, 143.5),
      spend('T20240311121845', 'North Canteen', '2024-03-11 12:18:45', -15, 128.5),
      spend('T20240312091002', 'Library Printing', '2024-03-12 09:10:02', -3.2, 125.3),
      spend('T20240313183020', 'South Canteen', '2024-03-13 18:30:20', -18.8, 106.5),
      spend('T20240314101530', 'Campus Supermarket', '2024-03-14 10:15:30', -25, 81.5),
      spend('T20240314160000', 'Refund: Campus Supermarket', '2024-03-14 16:00:00', 12, 93.5),
      spend('T20240315120512', 'South Canteen', '2024-03-15 12:05:12', -7, 86.5),
    ],
    '2023010102': [
      spend('T20240312113000', 'North Canteen', '2024-03-12 11:30:00', -14.7, 15.3),
      spend('RECHARGE_20240315080000_2023010102', 'Campus Card Recharge', '2024-03-15 08:00:00', 200, 215.3),
    ],
    '2022030417': [
      spend('T20240310200110', 'Laundry Room 5', '2024-03-10 20:01:10', -4, 46),
      spend('T20240313124400', 'Campus Shuttle', '2024-03-13 12:44:00', -2, 44),
      spend('T20240313125900', 'Campus Shuttle', '2024-03-13 12:59:00', -2, 42),
    ],
    '2021070006': [spend('T20240301090000', 'Graduate Office: Card Deposit', '2024-03-01 09:00:00', -20, 12.8)],
  },
  current_time: '2024-03-15 19:30:00',
};
