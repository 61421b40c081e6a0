import { describe, expect, it } from 'vitest'
import { DIFFERENTIATION_LEVERS, StrategySheetSchema } from '@shared/schemas'
import { LEVERS, actionsByLever, strategyIssues, validateStrategySheet } from './strategy'

const action = (id: string, lever: string, rest: Record<string, unknown> = {}) => ({
  id,
  lever,
  action: `措施 ${id}`,
  owner: '王经理',
  due: '2026-06-30',
  ...rest,
})
const ctx = { today: '2026-05-01', competitorIds: ['c1', 'c2'] }

describe('LEVERS', () => {
  it('are the six DOMAIN.md levers in order, each with bilingual prompts', () => {
    expect(LEVERS.map((l) => l.lever)).toEqual(['产品', '价格', '服务', '员工', '企业形象', '管理'])
    expect(LEVERS.map((l) => l.lever)).toEqual([...DIFFERENTIATION_LEVERS])
    for (const l of LEVERS) {
      expect(l.prompts.length).toBeGreaterThan(0)
      expect(l.prompts.every((p) => p.zh && p.en)).toBe(true)
    }
  })
})

describe('strategyIssues / validateStrategySheet', () => {
  it('accepts a complete sheet', () => {
    const input = {
      bidId: 'b1',
      levers: ['服务', '产品'],
      actions: [action('a1', '服务'), action('a2', '产品', { competitorIds: ['c1'] })],
    }
    expect(strategyIssues(input, ctx).issues).toEqual([])
    expect(validateStrategySheet(input, ctx).actions[0].status).toBe('未开始')
  })

  it('flags missing text, owner, due date, duplicates and foreign competitors as errors', () => {
    const { issues } = strategyIssues(
      {
        bidId: 'b1',
        actions: [
          action('a1', '价格', { action: ' ', owner: '' }),
          action('a2', '服务', { due: null }),
          action('a2', '服务', { action: '措施 a2' }),
          action('a4', '管理', { competitorIds: ['zz'] }),
        ],
      },
      ctx,
    )
    expect(issues.map((i) => [i.path.join('.'), i.severity])).toEqual([
      ['actions.0.action', 'error'],
      ['actions.0.owner', 'error'],
      ['actions.1.due', 'error'],
      ['actions.2.id', 'error'],
      ['actions.2.action', 'error'],
      ['actions.3.competitorIds', 'error'],
    ])
    expect(issues[5].zh).toContain('zz')
  })

  it('warns (does not fail) on an overdue open action and a chosen lever without actions', () => {
    const input = {
      bidId: 'b1',
      levers: ['员工', '价格'],
      actions: [
        action('a1', '价格', { due: '2026-04-30', status: '进行中' }),
        action('a2', '价格', { due: '2026-04-30', status: '已完成' }),
      ],
    }
    const { issues } = strategyIssues(input, ctx)
    expect(issues.map((i) => [i.path.join('.'), i.severity])).toEqual([
      ['actions.0.due', 'warning'],
      ['levers.0', 'warning'],
    ])
    expect(() => validateStrategySheet(input, ctx)).not.toThrow()
  })

  it('reports schema errors (unknown lever, impossible date) with their path', () => {
    const { sheet, issues } = strategyIssues(
      { bidId: 'b1', actions: [action('a1', '渠道', { due: '2026-02-30' })] },
      ctx,
    )
    expect(sheet).toBeNull()
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['actions.0.due', 'actions.0.lever'])
    expect(() => validateStrategySheet({ bidId: 'b1', actions: [action('a1', '渠道')] }, ctx)).toThrow(
      /strategy sheet has 1 error/,
    )
  })
})

describe('actionsByLever', () => {
  it('groups in lever order and leaves out levers without actions', () => {
    const sheet = StrategySheetSchema.parse({
      bidId: 'b1',
      actions: [action('a1', '管理'), action('a2', '产品'), action('a3', '管理')],
    })
    expect(actionsByLever(sheet).map((g) => [g.lever, g.actions.map((a) => a.id)])).toEqual([
      ['产品', ['a2']],
      ['管理', ['a1', 'a3']],
    ])
  })
})
