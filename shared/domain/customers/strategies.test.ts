import { describe, expect, it } from 'vitest'
import { CustomerSchema, type Customer } from '@shared/schemas'
import {
  bidStrategies,
  completeStrategy,
  levelUp,
  planStrategy,
  recordLevelChanges,
  setPersonLevel,
} from './strategies'
import { customerRisks } from './risks'
import { CustomerPersonSchema, CustomerSettingsSchema } from '@shared/schemas'

const customer = (o: Partial<Customer> = {}): Customer =>
  CustomerSchema.parse({ id: 'c', schemaVersion: 1, title: '某医院', createdAt: 'x', updatedAt: 'x', ...o })

const act = (id: string, kind: string, date: string | null, bidId: string | null) => ({
  id,
  kind,
  date,
  bidId,
  personIds: [],
})

describe('the four strategies on a bid', () => {
  it('reads held, planned and not started from the activities of the bid and of the customer as a whole', () => {
    const c = customer({
      activities: [
        act('a1', '参观样板客户', '2026-06-01', null),
        act('a2', '高层互访', '2027-01-10', 'b1'),
        act('a3', '参观总部', '2026-10-01', 'other-bid'),
      ],
    } as never)
    const s = bidStrategies(c, 'b1', '2026-12-03')
    expect(s.map((x) => [x.kind, x.status])).toEqual([
      ['痛点方案', 'todo'],
      ['高层互访', 'planned'],
      ['参观总部', 'todo'],
      ['参观样板客户', 'done'],
    ])
    expect(s[3]).toMatchObject({ activityId: 'a1', date: '2026-06-01' })
  })

  it('plans a strategy as an undated activity of the bid, then completes it today', () => {
    const planned = planStrategy(customer(), 'b1', '痛点方案', ['p1'], 'a9')
    expect(CustomerSchema.parse(planned).activities[0]).toMatchObject({
      kind: '痛点方案',
      bidId: 'b1',
      date: null,
    })
    expect(bidStrategies(planned, 'b1', '2026-12-03')[0].status).toBe('planned')
    const done = completeStrategy(planned, 'a9', '2026-12-03')
    expect(bidStrategies(done, 'b1', '2026-12-03')[0]).toMatchObject({ status: 'done', date: '2026-12-03' })
    // A date already in the past is what happened: completing again does not move it.
    expect(completeStrategy(done, 'a9', '2026-12-20').activities[0].date).toBe('2026-12-03')
  })
})

describe('relationship levels', () => {
  it('moves up one level towards CR1 and stops there', () => {
    expect(levelUp('CR5')).toBe('CR4')
    expect(levelUp('CR3')).toBe('CR2')
    expect(levelUp('CR1')).toBeNull()
  })
  it('records each change with its date, and records nothing when the level does not change', () => {
    const c = customer({ people: [{ id: 'p1', name: '王建国', level: 'CR3' }] } as never)
    const up = setPersonLevel(c, 'p1', 'CR2', '2026-12-03', 'h1', '高层互访后')
    expect(CustomerSchema.parse(up).people[0]).toMatchObject({
      level: 'CR2',
      levelHistory: [{ id: 'h1', date: '2026-12-03', level: 'CR2', note: '高层互访后' }],
    })
    expect(setPersonLevel(up, 'p1', 'CR2', '2026-12-04', 'h2').people[0].levelHistory).toHaveLength(1)
  })
})

describe('a save that changes a level without recording it', () => {
  const person = (id: string, level: string, levelHistory: unknown[] = []) => ({
    id,
    name: id,
    role: 'KDM',
    level,
    levelHistory,
  })
  const prev = customer({
    people: [person('p1', 'CR2', [{ id: 'h0', date: '2026-01-05', level: 'CR2' }]), person('p2', 'CR3')],
  } as never)
  let n = 0
  const ids = () => `n${++n}`

  it('records the change with the day, as setPersonLevel does; the 风险预警 then see the fall', () => {
    const edited = {
      ...prev,
      people: prev.people.map((p) => (p.id === 'p1' ? { ...p, level: 'CR4' as const } : p)),
    }
    const saved = recordLevelChanges(prev, edited, '2026-12-03', ids)
    expect(saved.people[0].levelHistory).toEqual([
      { id: 'h0', date: '2026-01-05', level: 'CR2', note: '' },
      { id: 'n1', date: '2026-12-03', level: 'CR4', note: '' },
    ])
    expect(saved).toEqual(setPersonLevel(prev, 'p1', 'CR4', '2026-12-03', 'n1'))
    const risks = customerRisks(saved, {
      settings: CustomerSettingsSchema.parse({}),
      today: '2026-12-04',
      tier: { value: null, potential: null, score: null, tier: null },
      openBids: 1,
      competitorName: () => '',
    })
    expect(risks.find((r) => r.kind === 'kdm-level-fall')).toMatchObject({ from: 'CR2', to: 'CR4', days: 1 })
  })

  it('leaves alone a change the page recorded, an unchanged level and a new person', () => {
    const recorded = setPersonLevel(prev, 'p2', 'CR1', '2026-12-01', 'mine')
    expect(recordLevelChanges(prev, recorded, '2026-12-03', ids)).toEqual(recorded)
    expect(recordLevelChanges(prev, prev, '2026-12-03', ids)).toEqual(prev)
    const added = {
      ...prev,
      people: [...prev.people, CustomerPersonSchema.parse(person('p3', 'CR5'))],
    }
    expect(recordLevelChanges(prev, added, '2026-12-03', ids)).toEqual(added)
  })
})
