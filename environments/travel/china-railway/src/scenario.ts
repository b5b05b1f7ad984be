import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ChinaRailway scenario, same fields, constraints and default station table.
// Trains are listed per "date_from_to" key and routes per "date_from_to_trainno" key, as the
// reference files them; times are HH:MM on a 24-hour clock (a single-digit hour is allowed).
const CLOCK_TIME = /^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$/;
const clockTime = (field: string) => z.string().regex(CLOCK_TIME, `${field} must be HH:MM (24-hour)`);

export const stationSchema = z.object({
  station_code: z.string(),
  station_name: z.string(),
  address: z.string().default(''),
  phone: z.string().default(''),
});

export const seatAvailabilitySchema = z.object({
  business_class: z.int().min(0),
  first_class: z.int().min(0),
  second_class: z.int().min(0),
});

export const trainSchema = z.object({
  train_no: z.string(),
  departure_time: clockTime('departure_time'),
  arrival_time: clockTime('arrival_time'),
  duration: z.string(),
  seat_availability: seatAvailabilitySchema,
});

export const routeStationSchema = z.object({
  station_name: z.string(),
  arrival_time: z.string().default(''),
  departure_time: z.string().default(''),
  stop_duration: z.string().default(''),
});

// The reference's ChinaRailwayScenario.
export const scenarioSchema = z.object({
  stations: z.record(z.string(), stationSchema).default(() => ({})),
  city_stations: z.record(z.string(), z.array(z.string())).default(() => ({})),
  trains: z.record(z.string(), z.array(trainSchema)).default(() => ({})),
  train_routes: z.record(z.string(), z.array(routeStationSchema)).default(() => ({})),
  station_details_map: z.record(z.string(), z.record(z.string(), z.any())).default(() => ({
    BJP: { station_name: '北京', address: '北京市西城区莲花池东路', phone: '010-12306' },
    BXP: { station_name: '北京西', address: '北京市丰台区莲花池东路', phone: '010-51826273' },
    VNP: { station_name: '北京南', address: '北京市丰台区永外大街', phone: '010-51867182' },
    AOH: { station_name: '上海', address: '上海市静安区秣陵路', phone: '021-12306' },
    SHH: { station_name: '上海虹桥', address: '上海市闵行区申虹路', phone: '021-12306' },
    GZQ: { station_name: '广州', address: '广州市越秀区环市西路', phone: '020-12306' },
    IZQ: { station_name: '广州南', address: '广州市番禺区石壁街道', phone: '020-39267222' },
    SZQ: { station_name: '深圳', address: '深圳市罗湖区和平路', phone: '0755-12306' },
    IOQ: { station_name: '深圳北', address: '深圳市龙华区民治街道', phone: '0755-12306' },
    NJH: { station_name: '南京', address: '南京市玄武区龙蟠路', phone: '025-12306' },
    NKH: { station_name: '南京南', address: '南京市雨花台区玉兰路', phone: '025-12306' },
    HZH: { station_name: '杭州', address: '杭州市上城区环城东路', phone: '0571-12306' },
    HGH: { station_name: '杭州东', address: '杭州市江干区天城路', phone: '0571-12306' },
    TJP: { station_name: '天津', address: '天津市河北区新纬路', phone: '022-12306' },
    TIP: { station_name: '天津西', address: '天津市红桥区西青道', phone: '022-12306' },
    CQW: { station_name: '重庆', address: '重庆市渝中区菜园坝', phone: '023-12306' },
    CXW: { station_name: '重庆北', address: '重庆市渝北区龙头寺', phone: '023-12306' },
    CDW: { station_name: '成都', address: '成都市金牛区荷花池', phone: '028-12306' },
    ICW: { station_name: '成都东', address: '成都市成华区保和街道', phone: '028-12306' },
    WHN: { station_name: '武汉', address: '武汉市武昌区中山路', phone: '027-12306' },
  })),
});

export type ChinaRailwayState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of ChinaRailwayState. */
export const defineChinaRailwayTool = toolsFor<ChinaRailwayState>();
