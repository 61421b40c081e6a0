import type { materialsContract } from '@shared/contract/materials'
import { materialLibrary, renewMaterial } from '../materials'
import type { HandlersOf } from './types'

export const materialsHandlers: HandlersOf<typeof materialsContract> = {
  'materials.library': async (_i, ctx) => materialLibrary(ctx.requireWs()),
  'materials.renew': async (input, ctx) => renewMaterial(ctx.requireWritable(), input),
}
