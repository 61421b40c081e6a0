import { describe, expect, it } from 'vitest'
import { runChecks } from '@shared/domain/checks'
import { scenario } from './fixture'

describe('clean bid', () => {
  it('produces zero findings and full progress', () => {
    const r = runChecks(scenario())
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.path} ${f.message.zh}`)).toEqual([])
    expect(r.progress.不漏).toMatchObject({ rules: 14, passing: 14, share: 1 })
    expect(r.progress.不粗).toMatchObject({ rules: 10, passing: 10, share: 1 })
    expect(r.progress.不错).toMatchObject({ rules: 15, passing: 15, share: 1 })
  })
})
