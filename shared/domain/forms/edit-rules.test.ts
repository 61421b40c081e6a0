import { describe, expect, it } from 'vitest'
import { MaterialSchema, NegotiationSchema } from '../../schemas'
import { editIssues } from './edit-rules'

const plan = (over: object) =>
  NegotiationSchema.parse({
    id: 'n1',
    title: 't',
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  })

describe('edit rules', () => {
  it('seller side: 开价 ≥ 现实目标 ≥ 底线, each break named at its field', () => {
    expect(
      editIssues('negotiations', plan({ openingPrice: 100, goals: { target: 90, walkAway: 80 } })),
    ).toEqual([])
    const bad = editIssues('negotiations', plan({ openingPrice: 100, goals: { target: 90, walkAway: 95 } }))
    expect(bad.map((i) => i.path)).toEqual(['goals.walkAway'])
    expect(bad[0].zh).toContain('底线 95 高于现实目标 90')
    const above = editIssues('negotiations', plan({ openingPrice: 100, goals: { target: 120 } }))
    expect(above.map((i) => i.path)).toEqual(['goals.target'])
  })

  it('rounds outside 2–12 are named, not turned into 2', () => {
    const p = plan({})
    const bad = editIssues('negotiations', { ...p, concession: { ...p.concession, rounds: 0 } })
    expect(bad).toMatchObject([{ path: 'concession.rounds' }])
    expect(bad[0].zh).toContain('2–12')
  })

  it('a material valid from after its valid-to date is refused', () => {
    const m = MaterialSchema.parse({
      id: 'm1',
      title: 'ISO',
      schemaVersion: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      validFrom: '2027-01-01',
      validTo: '2026-01-01',
    })
    expect(editIssues('materials', m)).toMatchObject([{ path: 'validTo' }])
  })
})
