import type { matricesContract } from '@shared/contract/matrices'
import { exportMatrix } from '../matrices/export'
import { applyScoringImport, previewScoringImport } from '../matrices/import'
import { matrixWinProbability } from '../matrices/winprob'
import type { HandlersOf } from './types'

export const matricesHandlers: HandlersOf<typeof matricesContract> = {
  'matrices.importPreview': async (input) => previewScoringImport(input),
  'matrices.importApply': async (input, ctx) => applyScoringImport(ctx.requireWritable(), input),
  'matrices.exportXlsx': async (input, ctx) => exportMatrix(ctx.requireWs(), input),
  'matrices.winProbability': async (input, ctx) => matrixWinProbability(ctx.requireWs(), input),
}
