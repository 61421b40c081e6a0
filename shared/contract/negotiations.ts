import { z } from 'zod'
import { DateSchema, IdSchema } from '../schemas'
import { method } from './define'

export const negotiationsContract = {
  'negotiations.brief': method(
    z.strictObject({
      planId: IdSchema,
      /** The brief's date; today when absent. */ date: DateSchema.optional(),
    }),
    z.object({ fileName: z.string(), dataBase64: z.string() }),
    'The Word negotiation brief of one plan (.docx as base64): goals, styles, phases, concession schedule and curve, phrases, risks',
  ),
}
