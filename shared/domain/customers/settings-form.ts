import { z } from 'zod'
import { CustomerSettingsSchema } from '@shared/schemas'

const GROUP = { value: ['价值', 'value'], potential: ['潜力', 'potential'] } as const

/**
 * The customer archive's settings as the settings drawer and `customers.saveSettings` accept them: the stored
 * schema plus the rules across fields — every criterion named, no name or key twice, value and potential each
 * with a weighted criterion (else no customer could get a tier), tier A above tier B.
 */
export const CustomerSettingsFormSchema = CustomerSettingsSchema.unwrap()
  // Strict: a payload with keys no form has is a wrong call, not settings to fill with defaults and save.
  .strict()
  .superRefine((v, ctx) => {
    const names = new Set<string>()
    const keys = new Set<string>()
    v.criteria.forEach((c, i) => {
      const name = c.label.trim()
      if (!name)
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'label'], message: '请填写名称 / name it' })
      else if (names.has(name))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'label'],
          message: `“${name}”已有 / "${name}" is already there`,
        })
      names.add(name)
      if (keys.has(c.key))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', i, 'key'],
          message: `标准代码 ${c.key} 重复 / criterion key ${c.key} twice`,
        })
      keys.add(c.key)
    })
    for (const g of ['value', 'potential'] as const)
      if (!v.criteria.some((c) => c.group === g && c.weight > 0))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria'],
          message: `${GROUP[g][0]}至少要有一项权重大于 0 的标准 / ${GROUP[g][1]} needs a criterion with a weight above 0`,
        })
    if (v.tierA <= v.tierB)
      ctx.addIssue({
        code: 'custom',
        path: ['tierA'],
        message: `A 类门槛须高于 B 类（${v.tierB}） / tier A must be above tier B (${v.tierB})`,
      })
  })
export type CustomerSettingsForm = z.infer<typeof CustomerSettingsFormSchema>
