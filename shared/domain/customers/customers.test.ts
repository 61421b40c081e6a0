import { describe, expect, it } from 'vitest'
import { customerOf } from '@shared/domain/pipeline/fixtures.test-helpers'
import { CustomerSettingsSchema } from '@shared/schemas'
import { resolveChain } from './chain'
import { customerRisks } from './risks'
import { tierOf } from './tier'

const settings = CustomerSettingsSchema.parse({})

describe('tier from value × potential', () => {
  it('weights the criteria the user set (hand computed)', () => {
    // value = (40×4 + 30×3 + 30×5) / 100 = 4.0; potential = (40×4 + 30×4 + 30×4) / 100 = 4.0; 16 ≥ 12 → A
    expect(
      tierOf({ volume: 4, margin: 3, reference: 5, growth: 4, share: 4, projects: 4 }, settings),
    ).toEqual({
      value: 4,
      potential: 4,
      score: 16,
      tier: 'A',
    })
    // value = (40×2 + 30×3) / 70 = 2.43 (reference not scored: left out, not 0); potential = 3 → 7.29 → B
    expect(tierOf({ volume: 2, margin: 3, growth: 3, share: 3, projects: 3 }, settings)).toEqual({
      value: 2.43,
      potential: 3,
      score: 7.29,
      tier: 'B',
    })
    expect(tierOf({ volume: 1, growth: 2 }, settings).tier).toBe('C')
    expect(tierOf({ volume: 5 }, settings)).toEqual({ value: 5, potential: null, score: null, tier: null })
  })

  it('follows other weights and thresholds', () => {
    const s = {
      ...settings,
      criteria: [
        { key: 'v', label: '规模', group: 'value' as const, weight: 1 },
        { key: 'p', label: '潜力', group: 'potential' as const, weight: 1 },
      ],
      tierA: 20,
      tierB: 10,
    }
    expect(tierOf({ v: 4, p: 4 }, s).tier).toBe('B')
    expect(tierOf({ v: 5, p: 4 }, s).tier).toBe('A')
  })
})

describe('风险预警', () => {
  const TODAY = '2026-11-15'
  const c = customerOf('k1', {
    people: [
      {
        id: 'kdm',
        name: '王建国',
        role: 'KDM',
        level: 'CR3',
        levelHistory: [
          { id: 'a', date: '2026-03-01', level: 'CR3' },
          { id: 'b', date: '2026-06-01', level: 'CR2' },
          { id: 'c', date: '2026-10-20', level: 'CR3' },
        ],
      },
      { id: 'new', name: '李新', role: 'KDM', roleSince: '2026-09-01', level: 'CR3' },
      { id: 'gone', name: '老领导', role: 'KDM', left: true },
      { id: 'ki', name: '刘芳', role: 'KI' },
    ],
    activities: [
      { id: 'v1', date: '2026-08-01', personIds: ['kdm'] },
      { id: 'v2', date: '2026-11-01', personIds: ['new'] },
      { id: 'v3', date: '2026-12-01', personIds: ['kdm'] },
    ],
    sightings: [
      { id: 's1', date: '2026-10-30', competitorId: 'c-lc', personIds: ['kdm'] },
      { id: 's2', date: '2026-01-01', competitorName: '很久以前' },
    ],
  })
  const risks = (tier: 'A' | 'B', openBids: number) =>
    customerRisks(c, {
      settings,
      today: TODAY,
      tier: { value: null, potential: null, score: null, tier },
      openBids,
      competitorName: (id) => (id === 'c-lc' ? '联创医疗' : id),
    }).map((r) => [r.kind, r.personName, r.date, r.days, r.from, r.to, r.competitor])

  it('finds each kind with the settings thresholds', () => {
    expect(risks('A', 0)).toEqual([
      // fell CR2 → CR3 on 10/20 (26 days, within 180)
      ['kdm-level-fall', '王建国', '2026-10-20', 26, 'CR2', 'CR3', ''],
      // last visit 8/1 (the 12/1 one is in the future): 106 days > 60
      ['kdm-no-visit', '王建国', '2026-08-01', 106, null, null, ''],
      // KDM since 9/1: 75 days ≤ 90
      ['new-kdm', '李新', '2026-09-01', 75, null, null, ''],
      ['competitor-visit', '王建国', '2026-10-30', 16, null, null, '联创医疗'],
      ['a-tier-no-opportunity', '', null, null, null, null, ''],
    ])
  })

  it('an A-tier customer with an open opportunity, or a B-tier one, is not flagged for it', () => {
    expect(risks('A', 1).some((r) => r[0] === 'a-tier-no-opportunity')).toBe(false)
    expect(risks('B', 0).some((r) => r[0] === 'a-tier-no-opportunity')).toBe(false)
  })
})

describe('decision chain', () => {
  it('references the customer, keeps the role of the bid and shows people not moved yet', () => {
    const customer = customerOf('k1', {
      people: [{ id: 'p1', name: '王建国', role: 'KDM', level: 'CR2', position: '副院长' }],
    })
    const chain = resolveChain(
      {
        decisionChain: [
          { personId: 'p1', role: 'KI', note: '本项目只影响不拍板' },
          { personId: 'gone', role: null, note: '' },
        ],
        legacyPeople: [
          {
            id: 'x',
            name: '旧人',
            position: '',
            department: '',
            role: 'KU',
            level: 'CR3',
            targetLevel: null,
            profile: '',
            concerns: '',
            valuePoints: '',
            plan: '',
            reportsTo: null,
          },
        ],
      },
      customer,
    )
    expect(chain.map((p) => [p.id, p.name, p.role, p.level, p.source, p.note])).toEqual([
      ['p1', '王建国', 'KI', 'CR2', 'customer', '本项目只影响不拍板'],
      ['gone', '', 'KI', 'CR3', 'missing', ''],
      ['x', '旧人', 'KU', 'CR3', 'legacy', ''],
    ])
  })
})
