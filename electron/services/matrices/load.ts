import { isAppError } from '@shared/errors'
import type { Matrix } from '@shared/schemas'
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
  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    return await ws.get('matrices', id)
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
