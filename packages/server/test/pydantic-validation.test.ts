/**
 * zod's issues worded as pydantic's ValidationError, for the kinds of problem the recorded
 * reference texts (tests/fixtures/envfactory-*-refusals.json) do not reach: lengths, exclusive
 * bounds and choices. The expected lines are pydantic 2.13's wording for the same fields.
 */
import { argumentsJsonSchema } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pydanticErrorsFromZod, pydanticValidationText } from '../src/envfactory/pydantic-validation.js';

const model = z.object({
  s: z.string().min(3).max(4),
  t: z.string().min(1),
  l: z.array(z.int()).min(1).max(2),
  lit: z.enum(['x', 'y', 'z']),
  g: z.number().gt(0.5).lt(2),
});
const schema = argumentsJsonSchema(model);

function text(input: Record<string, unknown>): string {
  const parsed = model.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return pydanticValidationText('M', pydanticErrorsFromZod(parsed.error.issues, input, schema));
}

describe('pydanticValidationText', () => {
  it('words short strings and lists, choices and exclusive bounds as pydantic does', () => {
    const lines = text({ s: 'a', t: '', l: [], lit: 'q', g: 0 }).split('\n');
    expect(lines[0]).toBe('5 validation errors for M');
    expect(lines.filter((_line, index) => index % 3 === 2)).toEqual([
      "  String should have at least 3 characters [type=string_too_short, input_value='a', input_type=str]",
      "  String should have at least 1 character [type=string_too_short, input_value='', input_type=str]",
      '  List should have at least 1 item after validation, not 0 [type=too_short, input_value=[], input_type=list]',
      "  Input should be 'x', 'y' or 'z' [type=literal_error, input_value='q', input_type=str]",
      '  Input should be greater than 0.5 [type=greater_than, input_value=0, input_type=int]',
    ]);
  });

  it('words long strings and lists and upper bounds, with the documentation URL of each type', () => {
    const lines = text({ s: 'abcdef', t: 'x', l: [1, 2, 3], lit: 'x', g: 3 }).split('\n');
    expect(lines).toEqual([
      '3 validation errors for M',
      's',
      "  String should have at most 4 characters [type=string_too_long, input_value='abcdef', input_type=str]",
      '    For further information visit https://errors.pydantic.dev/2.13/v/string_too_long',
      'l',
      '  List should have at most 2 items after validation, not 3 [type=too_long, input_value=[1, 2, 3], input_type=list]',
      '    For further information visit https://errors.pydantic.dev/2.13/v/too_long',
      'g',
      '  Input should be less than 2 [type=less_than, input_value=3, input_type=int]',
      '    For further information visit https://errors.pydantic.dev/2.13/v/less_than',
    ]);
  });
});
