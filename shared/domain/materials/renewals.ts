import type { Material } from '@shared/schemas'

/** How far a supersedes chain is followed: a corrupt loop or an absurd chain must not hang anything. */
export const MAX_RENEWAL_HOPS = 100

export interface Renewals {
  /** The newest material that renews `id` (following supersedes forward), or `id` itself. */
  newest(id: string): string
  /** `id` and every older version it renews (following supersedes back). */
  ancestry(id: string): Set<string>
  /** The material that directly renews `id`, if any. */
  successorOf(id: string): string | undefined
  /** Ids that a newer material of the library renews: history, not something to act on. */
  superseded: ReadonlySet<string>
}

/** The renewal chains of a library (Material.supersedes names the predecessor). */
export function renewals(materials: Iterable<Pick<Material, 'id' | 'supersedes'>>): Renewals {
  const all = [...materials]
  const byId = new Map(all.map((m) => [m.id, m]))
  const successor = new Map<string, string>()
  for (const m of all) if (m.supersedes && byId.has(m.supersedes)) successor.set(m.supersedes, m.id)
  return {
    newest(id) {
      let cur = id
      for (let hops = 0; successor.has(cur) && hops < MAX_RENEWAL_HOPS; hops++) cur = successor.get(cur)!
      return cur
    },
    ancestry(id) {
      const out = new Set<string>([id])
      let cur = byId.get(id)?.supersedes ?? null
      while (cur && !out.has(cur) && out.size <= MAX_RENEWAL_HOPS) {
        out.add(cur)
        cur = byId.get(cur)?.supersedes ?? null
      }
      return out
    },
    successorOf: (id) => successor.get(id),
    superseded: new Set(all.map((m) => m.supersedes).filter((x): x is string => Boolean(x))),
  }
}
