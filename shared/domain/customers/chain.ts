import type { Bid, CustomerRole, Customer, CustomerPerson, Person } from '@shared/schemas'

/**
 * A bid's decision chain as the team reads it: the customer's people the bid references (with the role they play
 * in this purchase), then any chain the bid still carries from before the customer archive.
 */
export interface ChainPerson {
  id: string
  name: string
  position: string
  department: string
  /** The role in this bid (the link's, else the person's at the customer). */
  role: CustomerRole
  level: CustomerPerson['level']
  targetLevel: CustomerPerson['targetLevel']
  profile: string
  concerns: string
  valuePoints: string
  plan: string
  /** The bid-specific note of the link. */
  note: string
  reportsTo: string | null
  /** customer: from the archive; legacy: still stored in the bid; missing: the link names nobody. */
  source: 'customer' | 'legacy' | 'missing'
  left: boolean
}

type ChainBid = Pick<Bid, 'decisionChain' | 'legacyPeople'>

function fromPerson(p: CustomerPerson, role: CustomerRole | null, note: string): ChainPerson {
  return {
    id: p.id,
    name: p.name,
    position: p.position,
    department: p.department,
    role: role ?? p.role,
    level: p.level,
    targetLevel: p.targetLevel,
    profile: p.profile,
    concerns: p.concerns,
    valuePoints: p.valuePoints,
    plan: p.plan,
    note,
    reportsTo: p.reportsTo,
    source: 'customer',
    left: p.left,
  }
}

export function fromLegacy(p: Person): ChainPerson {
  return {
    id: p.id,
    name: p.name,
    position: p.position,
    department: p.department,
    role: p.role,
    level: p.level,
    targetLevel: p.targetLevel,
    profile: p.profile,
    concerns: p.concerns,
    valuePoints: p.valuePoints,
    plan: p.plan,
    note: '',
    reportsTo: p.reportsTo,
    source: 'legacy',
    left: false,
  }
}

export function resolveChain(bid: ChainBid, customer: Pick<Customer, 'people'> | null): ChainPerson[] {
  const byId = new Map((customer?.people ?? []).map((p) => [p.id, p]))
  const out: ChainPerson[] = bid.decisionChain.map((l) => {
    const p = byId.get(l.personId)
    if (p) return fromPerson(p, l.role, l.note)
    return {
      ...fromLegacy({
        id: l.personId,
        name: '',
        position: '',
        department: '',
        role: 'KI',
        level: 'CR3',
        targetLevel: null,
        profile: '',
        concerns: '',
        valuePoints: '',
        plan: '',
        reportsTo: null,
      }),
      role: l.role ?? 'KI',
      note: l.note,
      source: 'missing',
    }
  })
  const seen = new Set(out.map((p) => p.id))
  for (const p of bid.legacyPeople) if (!seen.has(p.id)) out.push(fromLegacy(p))
  return out
}
