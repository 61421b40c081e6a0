import type { Material, Section } from '@shared/schemas'
import type { ExpandContext } from './expand'

/** The library materials of these ids, in order; an id the library does not hold is reported, not printed. */
export function materialsById(ids: Iterable<string>, ctx: ExpandContext): Material[] {
  const out: Material[] = []
  for (const id of ids) {
    const m = ctx.materials.get(id)
    if (!m) ctx.report.missingMaterials.add(id)
    else out.push(m)
  }
  return out
}

/** A section's materials: its own links, else the bid's, in link order; unknown ids are reported. */
export function materialsFor(
  section: Section | null,
  ctx: ExpandContext,
  kinds?: readonly string[],
): Material[] {
  const ids = section && section.materialIds.length > 0 ? section.materialIds : ctx.bid.materialIds
  return materialsById(ids, ctx).filter((m) => !kinds || kinds.includes(m.kind))
}
