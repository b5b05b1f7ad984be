import { ToolError } from '@envfleet/kit';

// The reference's format rule: "+" and 10 to 15 digits. Python's \d matches any decimal digit
// (Arabic-Indic ones too) and its `$` also matches before one final newline, so both are kept.
const PHONE_FORMAT = /^\+\p{Nd}{10,15}\n?$/u;

/** Whether `phone` has the shape WhatsApp numbers must have here (+ and 10 to 15 digits). */
export function hasPhoneFormat(phone: string): boolean {
  return PHONE_FORMAT.test(phone);
}

/** Fails unless `phone` is "+" followed by 10 to 15 digits; `what` names the argument in the message. */
export function requirePhoneFormat(phone: string, what = 'phone'): void {
  if (!hasPhoneFormat(phone)) {
    throw new ToolError(`Invalid ${what} number format: ${JSON.stringify(phone)}. Use "+" and 10 to 15 digits, e.g. +14155550123.`);
  }
}

/** Fails when a required text argument is empty, as the reference refuses "" for every required string. */
export function requireText(value: string, label: string): void {
  if (value === '') throw new ToolError(`${label} must be a non-empty string`);
}
