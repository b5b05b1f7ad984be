import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Train = NonNullable<Input['trains']>[string][number];

const seats = (business: number, first: number, second: number) => ({ business_class: business, first_class: first, second_class: second });
const train = (
  train_no: string,
  departure_time: string,
  arrival_time: string,
  duration: string,
  seat_availability: Train['seat_availability'],
): Train => ({
  train_no,
  departure_time,
  arrival_time,
  duration,
  seat_availability,
});

// The Beijing–Shanghai corridor on 10 April 2025: high-speed trains between Beijing South and
// Shanghai Hongqiao (one sold out in second class), a sleeper from Beijing to Shanghai, a short hop
// Nanjing South → Hangzhou East, and stop lists for two of them. Suzhou is in the station list but
// not in the details table, so its details come from the station itself. The reference's default
// details table (20 major stations) is kept.
export const demo: Input = {
  stations: {
    BJP: { station_code: 'BJP', station_name: '北京', address: '北京市西城区莲花池东路', phone: '010-12306' },
    VNP: { station_code: 'VNP', station_name: '北京南', address: '北京市丰台区永外大街', phone: '010-51867182' },
    BXP: { station_code: 'BXP', station_name: '北京西', address: '北京市丰台区莲花池东路', phone: '010-51826273' },
    AOH: { station_code: 'AOH', station_name: '上海', address: '上海市静安区秣陵路', phone: '021-12306' },
    SHH: { station_code: 'SHH', station_name: '上海虹桥', address: '上海市闵行区申虹路', phone: '021-12306' },
    NKH: { station_code: 'NKH', station_name: '南京南', address: '南京市雨花台区玉兰路', phone: '025-12306' },
    HGH: { station_code: 'HGH', station_name: '杭州东', address: '杭州市江干区天城路', phone: '0571-12306' },
    SZH: { station_code: 'SZH', station_name: '苏州', address: '苏州市姑苏区苏站路27号' },
  },
  city_stations: {
    北京: ['BJP', 'VNP', 'BXP'],
    上海: ['AOH', 'SHH'],
    南京: ['NKH', 'NJH'],
    杭州: ['HGH'],
    苏州: ['SZH'],
  },
  trains: {
    '2025-04-10_VNP_SHH': [
      train('G1', '07:00', '11:29', '4小时29分', seats(10, 52, 310)),
      train('G3', '08:00', '12:32', '4小时32分', seats(0, 8, 0)),
      train('G13', '9:00', '13:48', '4小时48分', seats(4, 30, 122)),
      train('G21', '19:00', '23:18', '4小时18分', seats(12, 60, 415)),
    ],
    '2025-04-10_BJP_AOH': [train('D5', '19:36', '07:42', '12小时06分', seats(0, 24, 96))],
    '2025-04-10_NKH_HGH': [train('G7611', '14:05', '15:16', '1小时11分', seats(3, 18, 77))],
    '2025-04-11_VNP_SHH': [train('G1', '07:00', '11:29', '4小时29分', seats(18, 70, 512))],
  },
  train_routes: {
    '2025-04-10_VNP_SHH_G1': [
      { station_name: '北京南', departure_time: '07:00' },
      { station_name: '南京南', arrival_time: '10:07', departure_time: '10:09', stop_duration: '2分钟' },
      { station_name: '上海虹桥', arrival_time: '11:29' },
    ],
    '2025-04-10_VNP_SHH_G13': [
      { station_name: '北京南', departure_time: '09:00' },
      { station_name: '济南西', arrival_time: '10:32', departure_time: '10:34', stop_duration: '2分钟' },
      { station_name: '徐州东', arrival_time: '11:38', departure_time: '11:40', stop_duration: '2分钟' },
      { station_name: '南京南', arrival_time: '12:45', departure_time: '12:48', stop_duration: '3分钟' },
      { station_name: '上海虹桥', arrival_time: '13:48' },
    ],
  },
};
