import { describe, expect, it } from 'vitest'
import { BidSchema, DOC_VERSIONS, MaterialSchema, type Bid } from '@shared/schemas'
import { isOpenBid, linkedMaterialIds, mapMaterialLinks, materialLinks, relinkMaterial } from './links'
import { MAX_RENEWAL_HOPS, renewals } from './renewals'

const bid = (o: Record<string, unknown>): Bid =>
  BidSchema.parse({
    id: 'b1',
    schemaVersion: DOC_VERSIONS.bids,
    title: 't',
    createdAt: 'x',
    updatedAt: 'x',
    ...o,
  })

/** A bid that links a material in every slot there is. */
const everywhere = () =>
  bid({
    materialIds: ['m1', 'm2'],
    sections: [{ id: 's1', title: '资格证明', materialIds: ['m3', 'm1'] }],
    requirements: [{ id: 'r1', text: 'ISO9001', evidence: { materialIds: ['m4'] } }],
    requiredMaterials: [{ id: 'q1', name: '营业执照', materialId: 'm5' }],
    consortium: { agreementMaterialId: 'm6', members: [{ id: 'c1', qualificationMaterialIds: ['m8'] }] },
    manufacturerAuthMaterialId: 'm7',
    sme: { declarationMaterialId: 'm9' },
    keyStaff: [{ id: 'k1', certificateMaterialIds: ['m10'] }],
  })

const material = (id: string, supersedes: string | null = null) =>
  MaterialSchema.parse({
    id,
    schemaVersion: DOC_VERSIONS.materials,
    title: id,
    createdAt: 'x',
    updatedAt: 'x',
    supersedes,
  })

describe('material links of a bid', () => {
  it('lists every slot in document order with its path and owning row', () => {
    expect(materialLinks(everywhere())).toEqual([
      { id: 'm1', slot: 'bid', path: 'materialIds.0' },
      { id: 'm2', slot: 'bid', path: 'materialIds.1' },
      { id: 'm3', slot: 'section', path: 'sections.0.materialIds.0', itemId: 's1' },
      { id: 'm1', slot: 'section', path: 'sections.0.materialIds.1', itemId: 's1' },
      { id: 'm4', slot: 'requirement', path: 'requirements.0.evidence.materialIds.0', itemId: 'r1' },
      { id: 'm5', slot: 'required', path: 'requiredMaterials.0.materialId', itemId: 'q1' },
      { id: 'm6', slot: 'consortium', path: 'consortium.agreementMaterialId' },
      { id: 'm7', slot: 'manufacturer', path: 'manufacturerAuthMaterialId' },
      { id: 'm8', slot: 'member', path: 'consortium.members.0.qualificationMaterialIds.0', itemId: 'c1' },
      { id: 'm9', slot: 'sme', path: 'sme.declarationMaterialId' },
      { id: 'm10', slot: 'staff', path: 'keyStaff.0.certificateMaterialIds.0', itemId: 'k1' },
    ])
    expect(linkedMaterialIds(everywhere())).toEqual([
      'm1',
      'm2',
      'm3',
      'm4',
      'm5',
      'm6',
      'm7',
      'm8',
      'm9',
      'm10',
    ])
  })

  it('an identity visit returns the very same bid; relinking nothing linked is null', () => {
    const b = everywhere()
    expect(mapMaterialLinks(b, (l) => l.id)).toBe(b)
    expect(relinkMaterial(b, new Set(['zz']), 'new')).toBeNull()
  })

  it('relinks every slot, keeps one link where both versions were linked, and shares untouched parts', () => {
    const b = everywhere()
    const n = relinkMaterial(b, new Set(['m1', 'm3', 'm5', 'm6', 'm7', 'm4', 'm8', 'm9', 'm10']), 'new')!
    expect(n.materialIds).toEqual(['new', 'm2'])
    expect(n.sections[0].materialIds).toEqual(['new'])
    expect(n.requirements[0].evidence.materialIds).toEqual(['new'])
    expect(n.requiredMaterials[0].materialId).toBe('new')
    expect(n.consortium.agreementMaterialId).toBe('new')
    expect(n.manufacturerAuthMaterialId).toBe('new')
    expect(n.consortium.members[0].qualificationMaterialIds).toEqual(['new'])
    expect(n.sme.declarationMaterialId).toBe('new')
    expect(n.keyStaff[0].certificateMaterialIds).toEqual(['new'])
    const only = relinkMaterial(b, new Set(['m2']), 'new')!
    expect(only.sections).toBe(b.sections)
    expect(only.requirements).toBe(b.requirements)
    expect(only.consortium).toBe(b.consortium)
    expect(only.sme).toBe(b.sme)
    expect(only.keyStaff).toBe(b.keyStaff)
  })

  it('a bid is open while its result is undecided', () => {
    expect(isOpenBid(bid({}))).toBe(true)
    expect(isOpenBid(bid({ result: { outcome: '中标' } }))).toBe(false)
  })
})

describe('renewal chains', () => {
  it('follows supersedes forward to the newest and back to every older version', () => {
    const r = renewals([material('a'), material('b', 'a'), material('c', 'b'), material('x')])
    expect(r.newest('a')).toBe('c')
    expect(r.newest('x')).toBe('x')
    expect([...r.ancestry('c')].sort()).toEqual(['a', 'b', 'c'])
    expect(r.successorOf('a')).toBe('b')
    expect([...r.superseded].sort()).toEqual(['a', 'b'])
  })

  it('stops on a loop and on an absurdly long chain', () => {
    const loop = renewals([material('a', 'b'), material('b', 'a')])
    expect(['a', 'b']).toContain(loop.newest('a'))
    expect([...loop.ancestry('a')].sort()).toEqual(['a', 'b'])
    const long = Array.from({ length: 300 }, (_, i) => material(`m${i}`, i ? `m${i - 1}` : null))
    const r = renewals(long)
    expect(r.newest('m0')).toBe(`m${MAX_RENEWAL_HOPS}`)
    expect(r.ancestry('m299').size).toBe(MAX_RENEWAL_HOPS + 1)
  })
})
