import { isAppError } from '@shared/errors'
import type { Matrix } from '@shared/schemas'
import { linkedWalkAway } from '@shared/domain/matrices/profit'
import { openWorkspace } from '../store'

export class MatrixNotFound extends Error {
  constructor(
    readonly id: string,
    readonly known: string[],
  ) {
    super(
      `工作区中没有评分矩阵 ${id}；已有：${known.join('、') || '无'} / no matrix ${id} in the workspace; known: ${known.join(', ') || 'none'}`,
    )
    this.name = 'MatrixNotFound'
  }
}

/** Opens the workspace read-only, loads one matrix (validated) and closes the workspace again. */
export async function loadMatrix(dir: string, id: string): Promise<Matrix> {
  return (await loadMatrixWithPlans(dir, id)).matrix
}

/**
 * The matrix and the walk-away (底线) of the negotiation plans linked to its bid: the win-probability
 * recommendation must not go below it.
 */
export async function loadMatrixWithPlans(
  dir: string,
  id: string,
): Promise<{ matrix: Matrix; walkAway: number | null; budget: number | null }> {
  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    const matrix = await ws.get('matrices', id)
    const plans = matrix.bidId
      ? await Promise.all(ws.list('negotiations').map((e) => ws.get('negotiations', e.id).catch(() => null)))
      : []
    const bid = matrix.bidId ? await ws.get('bids', matrix.bidId).catch(() => null) : null
    return {
      matrix,
      walkAway: linkedWalkAway(
        plans.filter((p) => p !== null),
        matrix.bidId,
      ),
      // The bid's budget is the price ceiling: a bid above it is invalid.
      budget: bid?.budget ?? null,
    }
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') {
      throw new MatrixNotFound(
        id,
        ws.list('matrices').map((m) => `${m.id}（${m.title}）`),
      )
    }
    throw e
  } finally {
    await ws.close()
  }
}
