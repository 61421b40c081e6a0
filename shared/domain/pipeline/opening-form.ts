import { z } from 'zod'
import { OpeningBidderSchema, OptDate } from '@shared/schemas'
import { openingProblems } from './opening'

/**
 * The 开标记录 as the bid page's form edits it: the stored schema plus the record's rules (one winner, one row for
 * us, a winner that is valid, every bidder named once; 流标/废标 with a reason and no winner), each shown at its
 * row in the UI language.
 */
export const OpeningFormSchema = z
  .object({
    date: OptDate,
    bidders: z.array(OpeningBidderSchema).max(200),
    failed: z.boolean().default(false),
    failReason: z.string().max(2_000).default(''),
  })
  .superRefine((v, ctx) => {
    for (const p of openingProblems(v.bidders, v))
      ctx.addIssue({
        code: 'custom',
        path:
          p.field === 'failReason'
            ? ['failReason']
            : p.row === null
              ? ['bidders']
              : ['bidders', p.row, p.field ?? 'name'],
        message: `${p.zh} / ${p.en}`,
      })
  })
export type OpeningForm = z.infer<typeof OpeningFormSchema>
