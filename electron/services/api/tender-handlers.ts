import type { tenderContract } from '@shared/contract/tender'
import { applyTenderImport, previewTenderImport } from '../tender/use-cases'
import type { HandlersOf } from './types'

const bytesOf = (files: { name: string; dataBase64: string }[]) =>
  files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') }))

export const tenderHandlers: HandlersOf<typeof tenderContract> = {
  'tender.importPreview': ({ files, bidId }, ctx) => previewTenderImport(ctx.ws, bytesOf(files), bidId),
  'tender.importApply': ({ proposal, bidId }, ctx) =>
    applyTenderImport(ctx.requireWritable(), proposal, bidId),
}
