import type { materialsContract } from '@shared/contract/materials'
import { materialLibrary, renewMaterial } from '../materials'
import { blockLibrary, pullBlock, saveBlock } from '../materials/blocks'
import type { HandlersOf } from './types'

export const materialsHandlers: HandlersOf<typeof materialsContract> = {
  'materials.library': async (_i, ctx) => materialLibrary(ctx.requireWs()),
  'materials.renew': async (input, ctx) => renewMaterial(ctx.requireWritable(), input),
  'materials.saveBlock': async (input, ctx) => saveBlock(ctx.requireWritable(), input),
  'materials.blocks': async (input, ctx) => blockLibrary(ctx.requireWs(), input),
  'materials.pullBlock': async (input, ctx) => pullBlock(ctx.requireWs(), input),
}
