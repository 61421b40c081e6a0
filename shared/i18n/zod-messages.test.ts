import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { base64File } from '@shared/contract/define'
import { CompanyProfileSchema } from '@shared/schemas'
import { DateSchema, MoneySchema } from '@shared/schemas/common'
import { issueText, issuesByPath } from './zod-messages'

const issues = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v)
  if (r.success) throw new Error('expected a failure')
  return r.error.issues
}

describe('field messages in the UI language', () => {
  it('says what is wrong at the field, in Chinese and English', () => {
    const s = z.object({
      name: z.string().trim().min(1),
      score: z.number().min(0).max(10),
      pct: z.number().min(0).max(100),
      rounds: z.number().int(),
      kind: z.enum(['a', 'b']),
    })
    const bad = { name: ' ', score: 11, pct: -2, rounds: 1.5, kind: 'x' }
    expect(issuesByPath(issues(s, bad), 'zh')).toEqual({
      name: '必填',
      score: '不能大于 10',
      pct: '不能小于 0',
      rounds: '须为整数',
      kind: '请从列表中选择',
    })
    expect(issuesByPath(issues(s, bad), 'en')).toEqual({
      name: 'required',
      score: 'must be at most 10',
      pct: 'must be at least 0',
      rounds: 'must be a whole number',
      kind: 'choose one of the listed values',
    })
  })

  it("translates the shared schemas' own rule texts", () => {
    expect(issueText(issues(DateSchema, '2026-02-30')[0], 'zh')).toContain('YYYY-MM-DD')
    expect(issueText(issues(MoneySchema, 1.234)[0], 'zh')).toContain('两位小数')
    expect(issueText(issues(MoneySchema, 1.234)[0], 'en')).toContain('two decimals')
    const p = issuesByPath(issues(CompanyProfileSchema, { name: 5 }), 'zh')
    expect(p.name).toBe('请填写文字')
  })

  it('splits a bilingual custom message', () => {
    const s = z.number().refine((x) => x > 1, '太小了 / too small')
    expect(issueText(issues(s, 0)[0], 'zh')).toBe('太小了')
    expect(issueText(issues(s, 0)[0], 'en')).toBe('too small')
  })

  it("a schema's own bilingual text wins over the generic text of its code (an empty upload is not '必填')", () => {
    const file = base64File(1)
    expect(issueText(issues(file, '')[0], 'zh')).toBe('文件为空')
    expect(issueText(issues(file, '')[0], 'en')).toBe('the file is empty')
    expect(issueText(issues(file, 'A'.repeat(2_000_000))[0], 'zh')).toBe('文件超过 1 MB')
    expect(issueText(issues(file, '**')[0], 'en')).toBe('the file content is not base64')
    // Just under the limit: 1 MB of bytes in base64 passes.
    expect(file.safeParse(Buffer.alloc(1024 * 1024).toString('base64')).success).toBe(true)
  })
})
