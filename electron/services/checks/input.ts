import { otherBidRef, type CheckSources, type OtherBidRef } from '@shared/domain/checks'
import { isAppError } from '@shared/errors'
import type { Bid, CompanyProfile, DocKind, DocOf, Material } from '@shared/schemas'
import type { PanelCheckInput } from '@shared/contract/checks'
import { printSourcesFor } from '@services/export/docx/assemble'
import type { WorkspaceSession } from '../store'

/** The check sources plus the clock: what runChecks needs besides the bid (and what the export worker gets). */
export type CheckInputData = CheckSources & { now: Date }

export type Warnings = { zh: string; en: string }[]

/** What the checks of every bid of a workspace share, read once. */
export interface CheckLibrary {
  materials: Material[]
  bids: Bid[]
  company: CompanyProfile
  workspaceChecks: Record<string, unknown>
}

async function tryGet<K extends DocKind>(ws: WorkspaceSession, kind: K, id: string, warnings: Warnings) {
  try {
    return await ws.get(kind, id)
  } catch (e) {
    // A document that cannot be read is left out (the checks then report what is missing), never fatal.
    const msg = isAppError(e) ? e : { zh: String(e), en: String(e) }
    warnings.push({ zh: `无法读取 ${kind}/${id}：${msg.zh}`, en: `cannot read ${kind}/${id}: ${msg.en}` })
    return null
  }
}

async function readAll<K extends DocKind>(ws: WorkspaceSession, kind: K, warnings: Warnings) {
  const out: DocOf<K>[] = []
  for (const row of ws.list(kind)) {
    const d = await tryGet(ws, kind, row.id, warnings)
    if (d) out.push(d)
  }
  return out
}

export async function loadCheckLibrary(ws: WorkspaceSession, warnings: Warnings = []): Promise<CheckLibrary> {
  return {
    materials: await readAll(ws, 'materials', warnings),
    bids: await readAll(ws, 'bids', warnings),
    company: ws.workspace.company,
    workspaceChecks: ws.workspace.settings.checks,
  }
}

const refOf = (b: Bid): OtherBidRef => otherBidRef(b)

/** The sources of one bid's checks: the shared library plus the bid's matrix (matrixId overrides the saved one). */
export async function checkSourcesFor(
  ws: WorkspaceSession,
  lib: CheckLibrary,
  bid: Bid,
  opts: { matrixId?: string | null; warnings?: Warnings } = {},
): Promise<CheckSources> {
  const matrixId = opts.matrixId === undefined ? bid.matrixId : opts.matrixId
  return {
    materials: lib.materials,
    otherBids: lib.bids.filter((b) => b.id !== bid.id).map(refOf),
    company: lib.company,
    matrix: matrixId ? await tryGet(ws, 'matrices', matrixId, opts.warnings ?? []) : null,
    workspaceChecks: lib.workspaceChecks,
  }
}

/**
 * The one assembly of a bid's check input, used by the CLI (`check`), the API (checks.*), the export gate
 * and, through checks.input, the check panel: the whole materials library, the other bids, the company
 * profile, the bid's scoring matrix and the workspace's check settings.
 */
export async function loadCheckInput(
  ws: WorkspaceSession,
  bid: Bid,
  now: Date,
  opts: { matrixId?: string | null; warnings?: Warnings } = {},
): Promise<CheckInputData> {
  const lib = await loadCheckLibrary(ws, opts.warnings)
  return { ...(await checkSourcesFor(ws, lib, bid, opts)), now }
}

/**
 * checks.input: the sources of a saved bid's checks plus what its print reads (templates in force, the state of
 * every scan of the library, the company and the bond proof), for the check panel that prints and checks the bid
 * on every edit.
 */
export async function checkSourcesOf(
  ws: WorkspaceSession,
  bidId: string,
  matrixId?: string | null,
): Promise<PanelCheckInput> {
  const bid = await ws.get('bids', bidId)
  const sources = await checkSourcesFor(ws, await loadCheckLibrary(ws), bid, { matrixId })
  try {
    const print = await printSourcesFor({
      bid,
      company: sources.company,
      materials: sources.materials,
      workspaceDir: ws.dir,
    })
    return { ...sources, print, printError: null }
  } catch (e) {
    // A broken workspace template: the panel checks the bid alone and says why (the export refuses with the error).
    if (!isAppError(e)) throw e
    return { ...sources, print: null, printError: { zh: e.zh, en: e.en } }
  }
}
