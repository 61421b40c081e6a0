import type { InputOf, MethodName, OutputOf } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { DocKind } from '@shared/schemas'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { writeFileAtomic } from '@services/export/atomic'

/**
 * How the CLI reaches the application: the same contract method through the same dispatch as the desktop
 * window and the browser mode (input parsed by the contract's schema, the same use case, the same typed
 * errors). A failure comes back as the AppError the other transports would have returned.
 */
export async function call<M extends MethodName>(
  ctx: AppContext,
  m: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const r = await dispatch(ctx, m, input)
  if (r.ok) return r.value as OutputOf<M>
  const hint = r.error.code === 'NOT_FOUND' ? knownIds(ctx, input) : null
  if (!hint) throw AppError.fromJSON(r.error)
  const { zh, en } = r.error.message
  throw AppError.fromJSON({ ...r.error, message: { zh: `${zh}；已有 ${hint}`, en: `${en}; known: ${hint}` } })
}

const ID_KINDS: Record<string, DocKind> = {
  bidId: 'bids',
  matrixId: 'matrices',
  planId: 'negotiations',
  competitorId: 'competitors',
}

/** At a terminal, a wrong id is best answered with the ids that exist (the error itself stays the API's). */
function knownIds(ctx: AppContext, input: unknown): string | null {
  if (!ctx.ws || !input || typeof input !== 'object') return null
  const field = Object.keys(input).find((k) => k in ID_KINDS)
  if (!field) return null
  const rows = ctx.ws.list(ID_KINDS[field])
  return rows.length ? rows.map((r) => `${r.id}（${r.title}）`).join(', ') : '—'
}

/**
 * Runs `fn` with the workspace at `dir` open (read-only unless asked; none when `dir` is undefined, for methods
 * that need no workspace), and closes it again.
 */
export async function withWorkspace<T>(
  dir: string | undefined,
  opts: { readOnly: boolean },
  fn: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const ctx = new AppContext('cli')
  try {
    if (dir !== undefined) await ctx.open(dir, opts.readOnly)
    return await fn(ctx)
  } finally {
    await ctx.close()
  }
}

/** A context without a workspace, for methods that need none (an import preview). */
export function noWorkspace(): AppContext {
  return new AppContext('cli')
}

/** Writes a file a method returned as base64, atomically (complete or not at all). */
export async function writeBase64(file: string, dataBase64: string): Promise<void> {
  await writeFileAtomic(file, async () => Buffer.from(dataBase64, 'base64'))
}
