import type { DuplicateGroupView, NameCheck } from '@shared/contract/competitors'
import { duplicateGroups, validateNewCompetitor, type NameCollision } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import type { WorkspaceSession } from '@services/store'
import { assertNamesFree, cleanAliases } from './names'

export async function allDocs<K extends 'bids' | 'competitors' | 'matrices'>(ws: WorkspaceSession, kind: K) {
  return Promise.all(ws.list(kind).map((e) => ws.get(kind, e.id)))
}

/** Whether a name and aliases are free: no other competitor goes by any of them after normalisation. */
export async function checkCompetitorNames(
  ws: WorkspaceSession,
  input: { id?: string; title: string; aliases: string[] },
): Promise<NameCheck> {
  const err = validateNewCompetitor(await allDocs(ws, 'competitors'), input)
  if (!err) return { ok: true, zh: '', en: '', collisions: [] }
  const details = err.details as { collisions?: NameCollision[] } | undefined
  return { ok: false, zh: err.zh, en: err.en, collisions: details?.collisions ?? [] }
}

export async function addCompetitor(ws: WorkspaceSession, input: { title: string; aliases: string[] }) {
  const clean = cleanAliases(input.aliases)
  await assertNamesFree(ws, { title: input.title, aliases: clean })
  return ws.create('competitors', { title: input.title, aliases: clean })
}

export async function renameCompetitor(
  ws: WorkspaceSession,
  input: { id: string; title: string; aliases?: string[] },
) {
  const doc = await ws.get('competitors', input.id)
  const next = {
    ...doc,
    title: input.title,
    aliases: input.aliases ? cleanAliases(input.aliases) : doc.aliases,
  }
  await assertNamesFree(ws, next)
  return ws.save('competitors', next, { expectedUpdatedAt: doc.updatedAt })
}

/** Groups of competitors that share a name or alias (to merge), with each member's names. */
export async function competitorDuplicates(ws: WorkspaceSession): Promise<DuplicateGroupView[]> {
  const registry = await allDocs(ws, 'competitors')
  const byId = new Map(registry.map((c) => [c.id, c]))
  return duplicateGroups(registry).map((g) => ({
    sharedKeys: g.sharedKeys,
    members: g.ids.map((id) => {
      const c = byId.get(id) as Competitor
      return { id, title: c.title, aliases: c.aliases }
    }),
  }))
}
