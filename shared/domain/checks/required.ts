import type { Material } from '@shared/schemas'
import type { RuleContext } from './context'
import { normaliseName } from './text'

export interface RequiredEntry {
  id: string
  label: string
  materialKind: string
  years: number[]
  qualification: boolean
  materialId: string | null
  /** Path of the entry in the bid, or null for a workspace default. */
  path: string | null
}

export function requiredEntries(ctx: RuleContext): RequiredEntry[] {
  const own = ctx.bid.requiredMaterials
  if (own.length > 0) return own.map((r, i) => ({ ...r, path: `requiredMaterials.${i}` }))
  return ctx.cfg.defaultRequiredMaterials.map((r) => ({ ...r, materialId: null, path: null }))
}

function mentions(m: Material, label: string): boolean {
  const l = normaliseName(label)
  if (!l) return false
  return normaliseName(m.title).includes(l) || m.tags.some((t) => normaliseName(t) === l)
}

/**
 * Which linked materials satisfy each required entry. An explicit materialId wins; otherwise a linked
 * material of the right kind does, and when the bid needs several of one kind (two certificates) the
 * material's title or tag must name the entry, so one certificate never satisfies two lines.
 */
export function matchRequired(ctx: RuleContext, entries: RequiredEntry[]): Material[][] {
  const byKind = new Map<string, number>()
  for (const e of entries) byKind.set(e.materialKind, (byKind.get(e.materialKind) ?? 0) + 1)
  const linked = [...ctx.linked.values()].map((l) => l.material)
  return entries.map((e) => {
    if (e.materialId) {
      const m = ctx.material(e.materialId)
      return m ? [m] : []
    }
    const ofKind = linked.filter((m) => m.kind === e.materialKind)
    if ((byKind.get(e.materialKind) ?? 0) <= 1) return ofKind
    return ofKind.filter((m) => mentions(m, e.label))
  })
}
