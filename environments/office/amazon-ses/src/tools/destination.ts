import { readLaxModel, ToolError } from '@envfleet/kit';
import { type Destination, destinationSchema, messageSchema } from '../scenario.js';

/** Reads {ToAddresses, CcAddresses, BccAddresses} (lists of text, each optional) as the reference's model does. */
export function readDestination(value: Record<string, unknown>): Destination {
  const reading = readLaxModel(destinationSchema, value);
  if (!reading.ok) {
    throw new ToolError(`Invalid destination: ${reading.message} (ToAddresses, CcAddresses and BccAddresses are lists of addresses)`);
  }
  return reading.value;
}

/** Checks {Subject: {…text}, Body: {…}}: the message must have this shape, though it is not kept. */
export function checkMessage(value: Record<string, unknown>): void {
  const reading = readLaxModel(messageSchema, value);
  if (!reading.ok) {
    throw new ToolError(`Invalid message: ${reading.message} (expected {"Subject": {"Data": "…"}, "Body": {"Text": {"Data": "…"}}})`);
  }
}
