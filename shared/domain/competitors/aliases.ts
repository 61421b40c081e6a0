import { AppError } from '@shared/errors'
import type { Competitor } from '@shared/schemas'

/** The part of a competitor that names it; index rows and full documents both fit. */
export interface NamedCompetitor {
  id: string
  title: string
  aliases: string[]
}

/*
 * Legal-form suffixes stripped from the end of a name, longest first so that 集团股份有限公司 goes
 * whole. Chinese suffixes need no word boundary; Latin ones do ("Zinc" is not "Z" + "Inc").
 */
const ZH_SUFFIXES = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '集团',
  '公司',
]
const LATIN_SUFFIX =
  /[\s,]+(co\.?\s*,?\s*ltd\.?|corporation|company|limited|group|corp\.?|inc\.?|ltd\.?|co\.?)$/

// Brackets and separators carry no identity: "华为（北京）" = "华为(北京)" = "华为北京".
const NOISE_CLASS = `[\\s()[\\]{}【】〔〕<>《》「」『』"'“”‘’·•・.,，、。:：;；\\-_—–/\\\\&+]`
const NOISE = new RegExp(NOISE_CLASS, 'g')
// Trailing separators hide a suffix: "东华集团-" must match "东华集团".
const TRAILING_NOISE = new RegExp(`${NOISE_CLASS}+$`)

function squeeze(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/**
 * The key two names are compared by. Full-width → half-width (NFKC), case, spaces, bracket styles
 * and legal-form suffixes (有限公司 / 股份有限公司 / 集团 / Co., Ltd …) do not make a different company.
 * A name that is nothing but a suffix keeps its own key rather than collapsing to "".
 */
export function normalizeName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase()
  // Latin suffixes first, while the separators that mark a word boundary are still there.
  for (let prev = ''; prev !== s;) {
    prev = s
    s = s.replace(TRAILING_NOISE, '')
    const latin = s.replace(LATIN_SUFFIX, '')
    if (latin.replace(NOISE, '') !== '') s = latin
  }
  // Chinese suffixes after the noise is gone, so "东华集-团" and "东华集团-" both lose 集团.
  s = s.replace(NOISE, '')
  for (let prev = ''; prev !== s;) {
    prev = s
    const zh = ZH_SUFFIXES.includes(s) ? undefined : ZH_SUFFIXES.find((suf) => s.endsWith(suf))
    if (zh) s = s.slice(0, -zh.length)
  }
  return s || squeeze(name).replace(NOISE, '') || squeeze(name)
}

/** Normalised keys of every name a competitor goes by (title and aliases), blanks dropped. */
export function nameKeys(c: Pick<NamedCompetitor, 'title' | 'aliases'>): string[] {
  const keys = [c.title, ...c.aliases].filter((n) => n.trim() !== '').map(normalizeName)
  return [...new Set(keys)]
}

/** Every competitor whose title or alias matches `name` after normalisation, in registry order. */
export function findAllByNameOrAlias<T extends NamedCompetitor>(registry: readonly T[], name: string): T[] {
  if (name.trim() === '') return []
  const key = normalizeName(name)
  return registry.filter((c) => nameKeys(c).includes(key))
}

/** The competitor known by `name` (title or alias), or null. */
export function findByNameOrAlias<T extends NamedCompetitor>(registry: readonly T[], name: string): T | null {
  return findAllByNameOrAlias(registry, name)[0] ?? null
}

export interface DuplicateGroup {
  /** Competitor ids that share a name, in registry order. */
  ids: string[]
  /** The normalised names that tie them together. */
  sharedKeys: string[]
}

/**
 * Groups of competitors that are the same company by name or alias. Transitive: if A shares an
 * alias with B and B with C, all three are one group even when A and C share nothing.
 */
export function duplicateGroups(registry: readonly NamedCompetitor[]): DuplicateGroup[] {
  const parent = registry.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const owner = new Map<string, number>()
  const shared = new Set<string>()
  registry.forEach((c, i) => {
    for (const key of nameKeys(c)) {
      const j = owner.get(key)
      if (j === undefined) owner.set(key, i)
      else {
        shared.add(key)
        parent[find(i)] = find(j)
      }
    }
  })
  const groups = new Map<number, number[]>()
  registry.forEach((_, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), i])
  })
  const out: DuplicateGroup[] = []
  for (const members of groups.values()) {
    if (members.length < 2) continue
    const keys = new Set(members.flatMap((i) => nameKeys(registry[i])))
    out.push({
      ids: members.map((i) => registry[i].id),
      sharedKeys: [...keys].filter((k) => shared.has(k)),
    })
  }
  return out
}

export interface NameCollision {
  /** The candidate's name as typed. */
  name: string
  existingId: string
  existingTitle: string
}

/**
 * Checks a new (or edited: same id is skipped) competitor against the registry.
 * Returns null when it may be saved, else a VALIDATION error whose details list the collisions,
 * so the UI can offer "merge into the existing one" instead.
 */
export function validateNewCompetitor(
  registry: readonly NamedCompetitor[],
  candidate: Pick<NamedCompetitor, 'title' | 'aliases'> & { id?: string },
): AppError | null {
  if (candidate.title.trim() === '') {
    return new AppError('VALIDATION', { zh: '竞争对手名称不能为空', en: 'the competitor name is required' })
  }
  const others = registry.filter((c) => c.id !== candidate.id)
  const collisions: NameCollision[] = []
  for (const name of [candidate.title, ...candidate.aliases]) {
    if (name.trim() === '') continue
    for (const hit of findAllByNameOrAlias(others, name)) {
      collisions.push({ name, existingId: hit.id, existingTitle: hit.title })
    }
  }
  if (collisions.length === 0) return null
  const list = collisions.map((c) => `“${c.name}” → ${c.existingTitle}`).join('；')
  const listEn = collisions.map((c) => `"${c.name}" → ${c.existingTitle} (${c.existingId})`).join('; ')
  return new AppError(
    'VALIDATION',
    {
      zh: `名称或别名与已有竞争对手重复，请合并而不是新建：${list}`,
      en: `name or alias already used by another competitor; merge instead of adding: ${listEn}`,
    },
    { collisions },
  )
}

/** Union of text lists by normalised text, first spelling kept, order preserved. */
export function unionText(...lists: readonly string[][]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const s of lists.flat()) {
    const key = squeeze(s)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(s)
  }
  return out
}

function unionBy<T>(items: readonly T[], key: (t: T) => string, combine: (kept: T, dup: T) => T): T[] {
  const index = new Map<string, number>()
  const out: T[] = []
  for (const item of items) {
    const k = key(item)
    const at = index.get(k)
    if (at === undefined) {
      index.set(k, out.length)
      out.push(item)
    } else out[at] = combine(out[at], item)
  }
  return out
}

function joinDistinct(a: string, b: string, sep: string): string {
  if (squeeze(b) === '' || squeeze(a) === squeeze(b)) return a
  if (squeeze(a) === '') return b
  return `${a}${sep}${b}`
}

/**
 * Merges `b` into `a` (a keeps its id and title). Nothing is lost: b's title becomes an alias, lists
 * are unions without duplicates, differing texts are joined, benchmark history keeps every distinct
 * entry (readers take the latest per dimension). Account-manager visits take the larger count,
 * because the same visits recorded twice must not be added up.
 */
export function mergeCompetitors(a: Competitor, b: Competitor): Competitor {
  const aKey = normalizeName(a.title)
  const aliases = unionText(a.aliases, [b.title], b.aliases).filter((n) => normalizeName(n) !== aKey)
  return {
    ...a,
    createdAt: a.createdAt <= b.createdAt ? a.createdAt : b.createdAt,
    updatedAt: a.updatedAt >= b.updatedAt ? a.updatedAt : b.updatedAt,
    aliases: unionBy(aliases, normalizeName, (kept) => kept),
    products: unionText(a.products, b.products),
    segments: unionBy(
      [...a.segments, ...b.segments],
      (s) => JSON.stringify([squeeze(s.name), s.share, squeeze(s.source), s.date]),
      (kept) => kept,
    ),
    references: unionBy(
      [...a.references, ...b.references],
      (r) => normalizeName(r.customer),
      (kept, dup) => ({
        ...kept,
        rating: joinDistinct(kept.rating, dup.rating, ' / '),
        comment: joinDistinct(kept.comment, dup.comment, '\n'),
      }),
    ),
    accountManagers: unionBy(
      [...a.accountManagers, ...b.accountManagers],
      (m) => JSON.stringify([normalizeName(m.customer), squeeze(m.name)]),
      (kept, dup) => ({
        ...kept,
        visits: Math.max(kept.visits, dup.visits),
        leadersVisited: unionText(kept.leadersVisited, dup.leadersVisited),
      }),
    ),
    strengths: unionText(a.strengths, b.strengths),
    weaknesses: unionText(a.weaknesses, b.weaknesses),
    benchmark: unionBy(
      [...a.benchmark, ...b.benchmark],
      (e) => JSON.stringify([e.dimension, e.us, e.them, e.date, squeeze(e.evidence)]),
      (kept) => kept,
    ),
    swot: {
      s: unionText(a.swot.s, b.swot.s),
      w: unionText(a.swot.w, b.swot.w),
      o: unionText(a.swot.o, b.swot.o),
      t: unionText(a.swot.t, b.swot.t),
    },
    intel: unionBy(
      [...a.intel, ...b.intel],
      (i) => i.bidId,
      (kept, dup) => {
        const answers = { ...kept.answers }
        for (const [k, v] of Object.entries(dup.answers)) answers[k] = joinDistinct(answers[k] ?? '', v, '\n')
        return { ...kept, answers }
      },
    ),
    // One price per tender (an opening recorded under both names keeps the first).
    priceHistory: unionBy(
      [...a.priceHistory, ...b.priceHistory],
      (p) => (p.bidId ? `bid:${p.bidId}` : `id:${p.id}`),
      (kept) => kept,
    ),
    notes: joinDistinct(a.notes, b.notes, '\n\n'),
  }
}
