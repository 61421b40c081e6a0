import type { bidsContract } from '@shared/contract/bids'
import { previewRequirementImport } from '../bids/import-requirements'
import { importSectionDocx } from '../bids/import-section'
import { formTemplates } from '../bids/form-templates'
import { storeClipboardPicture } from '../bids/clipboard-picture'
import type { HandlersOf } from './types'

export const bidsHandlers: HandlersOf<typeof bidsContract> = {
  'bids.importRequirements': async (input, ctx) => previewRequirementImport(ctx.requireWs(), input),
  'bids.importSectionDocx': async (input, ctx) => importSectionDocx(ctx.requireWs(), input),
  'bids.storeClipboardPicture': async (input, ctx) => storeClipboardPicture(ctx.requireWritable(), input),
  'bids.formTemplates': async (input, ctx) => formTemplates(ctx.requireWs(), input),
}
