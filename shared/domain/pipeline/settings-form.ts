import { z } from 'zod'
import { CalendarSettingsSchema, PipelineSettingsSchema } from '@shared/schemas'
import { parsePeriod } from './periods'

/**
 * The 销售漏斗 settings as the settings drawer and `pipeline.saveSettings` accept them: the stored schemas plus
 * the rules across fields — probabilities do not fall from one stage to the next, one target per period, one
 * supplement per year, and each supplement's days inside its year.
 */
export const PipelineSettingsFormSchema = z
  .object({ pipeline: PipelineSettingsSchema, calendar: CalendarSettingsSchema })
  .superRefine((v, ctx) => {
    const p = v.pipeline.probabilities
    for (let i = 1; i < p.length; i++)
      if (p[i] < p[i - 1])
        ctx.addIssue({
          code: 'custom',
          path: ['pipeline', 'probabilities', i],
          message: `不能低于上一阶段（${p[i - 1]}%） / must not be below the previous stage (${p[i - 1]}%)`,
        })
    const seen = new Set<string>()
    v.pipeline.targets.forEach((t, i) => {
      const key = parsePeriod(t.period)?.text ?? t.period
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['pipeline', 'targets', i, 'period'],
          message: `期间 ${key} 已有目标 / ${key} already has a target`,
        })
      seen.add(key)
    })
    const years = new Set<number>()
    v.calendar.supplements.forEach((s, i) => {
      if (years.has(s.year))
        ctx.addIssue({
          code: 'custom',
          path: ['calendar', 'supplements', i, 'year'],
          message: `${s.year} 年已补录 / ${s.year} is already entered`,
        })
      years.add(s.year)
      for (const list of ['holidays', 'workdays'] as const)
        s[list].forEach((d, j) => {
          if (!d.date.startsWith(`${s.year}-`))
            ctx.addIssue({
              code: 'custom',
              path: ['calendar', 'supplements', i, list, j, 'date'],
              message: `${d.date} 不在 ${s.year} 年 / ${d.date} is not in ${s.year}`,
            })
        })
    })
  })
export type PipelineSettingsForm = z.infer<typeof PipelineSettingsFormSchema>
