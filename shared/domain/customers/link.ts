import { findByNameOrAlias, normalizeName } from '@shared/domain/competitors/aliases'
import type { Bid, ChainLink, Customer, CustomerPerson, Person } from '@shared/schemas'

/** A customer not yet saved: the fields the link step fills (the store adds id, timestamps and defaults). */
export type CustomerDraft = Pick<Customer, 'id' | 'title' | 'aliases' | 'nature' | 'region' | 'people'>

export interface LinkOutcome {
  /** The customer to save (created or updated), with the bid's people in it. */
  customer: CustomerDraft
  created: boolean
  bid: Bid
  /** People added to the customer, and people the customer already had (matched by name). */
  added: string[]
  matched: string[]
}

/** The customer a buyer name belongs to (title or alias, legal-form suffixes and brackets ignored). */
export function customerForBuyer<C extends Pick<Customer, 'id' | 'title' | 'aliases'>>(
  customers: readonly C[],
  buyer: string,
): C | null {
  return findByNameOrAlias(customers, buyer)
}

function personOf(p: Person, id: string, date: string | null, bidTitle: string): CustomerPerson {
  return {
    id,
    name: p.name,
    position: p.position,
    department: p.department,
    role: p.role,
    roleSince: null,
    level: p.level,
    targetLevel: p.targetLevel,
    levelHistory: date
      ? [{ id: `lv-${id}-${date}`, date, level: p.level, note: `来自项目《${bidTitle}》` }]
      : [],
    profile: p.profile,
    concerns: p.concerns,
    valuePoints: p.valuePoints,
    plan: p.plan,
    reportsTo: p.reportsTo,
    left: false,
  }
}

/** Fills what the customer's record leaves empty; what it already says wins. */
function fillEmpty(have: CustomerPerson, from: Person): CustomerPerson {
  const pick = (a: string, b: string) => (a.trim() ? a : b)
  return {
    ...have,
    position: pick(have.position, from.position),
    department: pick(have.department, from.department),
    profile: pick(have.profile, from.profile),
    concerns: pick(have.concerns, from.concerns),
    valuePoints: pick(have.valuePoints, from.valuePoints),
    plan: pick(have.plan, from.plan),
  }
}

/**
 * Moves a bid's pre-archive decision chain into its customer: the bid's customer, else the one its buyer name
 * belongs to, else a new customer named after the buyer. A person the customer already has (same name) is reused,
 * so running the step twice (a crash between the two saves) adds nobody twice. The bid then references the people
 * and keeps the role they had in it where it differs from their role at the customer. Null when nothing is left
 * to move.
 */
export function linkLegacyChain(
  bid: Bid,
  customers: readonly Customer[],
  opts: { makeId(prefix: string): string },
): LinkOutcome | null {
  if (bid.legacyPeople.length === 0) return null
  const existing =
    (bid.customerId && customers.find((c) => c.id === bid.customerId)) ||
    (bid.buyer.name.trim() ? customerForBuyer(customers, bid.buyer.name) : null)
  const customer: CustomerDraft = existing
    ? { ...existing, people: [...existing.people] }
    : {
        id: bid.customerId ?? opts.makeId('cu-'),
        title: bid.buyer.name.trim() || bid.title,
        aliases: [],
        nature: bid.buyer.type,
        region: bid.buyer.region,
        people: [],
      }
  const date = /^\d{4}-\d{2}-\d{2}/.test(bid.updatedAt) ? bid.updatedAt.slice(0, 10) : null
  const idMap = new Map<string, string>()
  const added: string[] = []
  const matched: string[] = []
  const newIds = new Set<string>()
  for (const p of bid.legacyPeople) {
    const key = p.name.trim() ? normalizeName(p.name) : null
    const i =
      key === null ? -1 : customer.people.findIndex((c) => c.name.trim() && normalizeName(c.name) === key)
    if (i >= 0) {
      customer.people[i] = fillEmpty(customer.people[i], p)
      idMap.set(p.id, customer.people[i].id)
      matched.push(p.name)
      continue
    }
    const taken = customer.people.some((c) => c.id === p.id)
    const id = taken ? opts.makeId('pp-') : p.id
    customer.people.push(personOf(p, id, date, bid.title))
    newIds.add(id)
    idMap.set(p.id, id)
    added.push(p.name || id)
  }
  // reportsTo pointed at the bid's ids; follow them to the customer's.
  customer.people = customer.people.map((c) =>
    newIds.has(c.id) && c.reportsTo ? { ...c, reportsTo: idMap.get(c.reportsTo) ?? null } : c,
  )
  const byId = new Map(customer.people.map((c) => [c.id, c]))
  const links: ChainLink[] = [...bid.decisionChain]
  for (const p of bid.legacyPeople) {
    const id = idMap.get(p.id)!
    if (links.some((l) => l.personId === id)) continue
    links.push({ personId: id, role: byId.get(id)!.role === p.role ? null : p.role, note: '' })
  }
  return {
    customer,
    created: !existing,
    bid: { ...bid, customerId: customer.id, decisionChain: links, legacyPeople: [] },
    added,
    matched,
  }
}
