import { z } from 'zod';
import { requireText } from './orders.js';

/** The address arguments modify_pending_order_address and modify_user_address take, in the reference's order. */
export const addressFields = {
  address: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  zip_code: z.string(),
};

/** Every field must be non-empty; the first empty one (in argument order) is the one reported. */
export function requireAddressFields(args: { address: string; city: string; state: string; country: string; zip_code: string }): void {
  requireText(args.address, 'Address');
  requireText(args.city, 'City');
  requireText(args.state, 'State');
  requireText(args.country, 'Country');
  requireText(args.zip_code, 'Zip code');
}
