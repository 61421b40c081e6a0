import type { filesContract } from '@shared/contract/files'
import type { HandlersOf } from './types'

export const filesHandlers: HandlersOf<typeof filesContract> = {
  'files.put': async ({ name, mime, dataBase64 }, ctx) =>
    ctx.requireWritable().putFile(Buffer.from(dataBase64, 'base64'), name, mime),
  'files.get': async ({ sha256 }, ctx) => ({
    dataBase64: (await ctx.requireWs().readFile(sha256)).toString('base64'),
  }),
}
