import { validateNewCompetitor } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import type { WorkspaceSession } from '../store'

export async function allCompetitors(ws: WorkspaceSession): Promise<Competitor[]> {
  return Promise.all(ws.list('competitors').map((e) => ws.get('competitors', e.id)))
}

export function cleanAliases(aliases: readonly string[]): string[] {
  const out: string[] = []
  for (const a of aliases.map((x) => x.trim())) if (a && !out.includes(a)) out.push(a)
  return out
}

/** Throws the domain's VALIDATION error (with details.collisions) when a name or alias is taken. */
export async function assertNamesFree(
  ws: WorkspaceSession,
  candidate: { id?: string; title: string; aliases: string[] },
): Promise<void> {
  const err = validateNewCompetitor(await allCompetitors(ws), candidate)
  if (err) throw err
}

const sameNames = (
  a: { title: string; aliases: readonly string[] },
  b: { title: string; aliases: readonly string[] },
) =>
  a.title === b.title &&
  a.aliases.length === b.aliases.length &&
  a.aliases.every((x, i) => x === b.aliases[i])

/**
 * The generic competitors.create / save / rename get the same name check as competitors.add / setNames, so no
 * client can slip a duplicate past it. A save that leaves the names as stored passes: a registry that already holds
 * a duplicate (restored from the trash after the company was entered again, or copied in with a synced folder)
 * stays editable until the user merges it.
 */
export async function guardCompetitorNames(
  ws: WorkspaceSession,
  next: { id?: string; title: string; aliases?: unknown },
  stored?: Competitor,
): Promise<void> {
  const aliases = Array.isArray(next.aliases)
    ? cleanAliases(next.aliases.filter((a): a is string => typeof a === 'string'))
    : (stored?.aliases ?? [])
  const candidate = { id: next.id, title: next.title, aliases }
  if (stored && sameNames(candidate, stored)) return
  await assertNamesFree(ws, candidate)
}
