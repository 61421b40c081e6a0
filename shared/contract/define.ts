import { z } from 'zod'

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** One line for the API docs and the CLI help. */
  summary: string
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): MethodDef<I, O> {
  return { input, output, summary }
}

export const NoInput = z.strictObject({})
