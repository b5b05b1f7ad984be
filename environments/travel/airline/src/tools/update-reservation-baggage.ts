import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { findReservation } from './checks.js';

// Bags added after booking cost this each, whatever the cabin.
const LATE_BAG_FEE = 25.0;

export const updateReservationBaggage = defineAirlineTool({
  name: 'update_reservation_baggage',
  description:
    'Add paid bags to a reservation: nonfree_baggages bags at 25 each, whatever the cabin, are charged on top of the ' +
    'current total (the count is not compared with earlier bags). Returns {reservation_id, additional_charge}.',
  input: z.object({
    reservation_id: z.string(),
    total_baggages: anyInteger(),
    nonfree_baggages: anyInteger(),
    payment_method: z.string(),
  }),
  handler: (state, args) => {
    if (!args.reservation_id || !args.payment_method) {
      throw new ToolError('reservation_id, total_baggages, nonfree_baggages and payment_method are all required');
    }
    const reservation = findReservation(state, args.reservation_id);
    const charge = args.nonfree_baggages * LATE_BAG_FEE;
    reservation.total_price += charge;
    return { reservation_id: args.reservation_id, additional_charge: charge };
  },
});
