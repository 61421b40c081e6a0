import { describe, expect, it } from 'vitest'
import { CustomerSchema, type Customer } from '@shared/schemas'
import { bidStrategies, completeStrategy, levelUp, planStrategy, setPersonLevel } from './strategies'

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
