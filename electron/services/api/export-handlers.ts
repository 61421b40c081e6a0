import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { formSectionsOf, type ExportResult, type exportContract } from '@shared/contract/export'
import { AppError } from '@shared/errors'
import type { AppContext } from '../app-context'
import { attachBuyerForm, attachedFormBlanks, detachBuyerForm, mapBuyerForm } from '../export/attach-form'
import {
  exportCapabilities,
  JobManager,
  recordExportDecision,
  scanFormForBid,
  startExport,
  vetoFindings,
} from '../export/jobs'
import { linkedMaterialIds } from '@shared/domain/materials'
import type { HandlersOf } from './types'

/** One job list per running app (AppContext), without adding state to the context itself. */
const managers = new WeakMap<AppContext, JobManager<ExportResult>>()

export function jobsOf(ctx: AppContext): JobManager<ExportResult> {
  let m = managers.get(ctx)
  if (!m) managers.set(ctx, (m = new JobManager<ExportResult>()))
  return m
}

export const exportHandlers: HandlersOf<typeof exportContract> = {
  'export.start': async (input, ctx) => {
    const paths = [input.out, input.docxOut].filter((p) => p !== undefined)
    if (paths.some((p) => !path.isAbsolute(p)))
      throw new AppError('VALIDATION', {
        zh: 'out / docxOut：应为绝对路径',
        en: 'out / docxOut: must be an absolute path',
      })
    if (paths.length && ctx.transport !== 'cli')
      throw new AppError('VALIDATION', {
        zh: 'out / docxOut：只能从命令行指定保存位置；应用和浏览器导出到工作区的 exports 文件夹后下载',
        en: 'out / docxOut: only the command line chooses where to write; the app and the browser export to the workspace’s exports folder and download',
      })
    return startExport(
      ctx.requireWs(),
      jobsOf(ctx),
      {
        bidId: input.bidId,
        format: input.format,
        copy: input.copy,
        buyerForm: input.buyerFormBase64 ? Buffer.from(input.buyerFormBase64, 'base64') : undefined,
        allowUnknown: input.allowUnknown,
        overrides: input.overrides,
        date: input.date,
        decision: input.decision,
        pages: input.pages,
        out: input.out,
        docxOut: input.docxOut,
      },
      { materialIds: linkedMaterialIds },
    )
  },

  'export.capabilities': async () => exportCapabilities(),

  'export.scanForm': async ({ bidId, dataBase64, copy, overrides }, ctx) =>
    scanFormForBid(ctx.requireWs(), bidId, Buffer.from(dataBase64, 'base64'), copy, overrides),

  'export.attachForm': async ({ bidId, name, dataBase64, sections, overrides }, ctx) =>
    attachBuyerForm(ctx.requireWritable(), {
      bidId,
      name,
      data: Buffer.from(dataBase64, 'base64'),
      sections: formSectionsOf(sections),
      overrides,
    }),

  'export.mapForm': async ({ bidId, id, sections, overrides }, ctx) =>
    mapBuyerForm(ctx.requireWritable(), { bidId, id, sections: formSectionsOf(sections), overrides }),

  'export.formBlanks': async (input, ctx) => attachedFormBlanks(ctx.requireWs(), input),

  'export.detachForm': async (input, ctx) => detachBuyerForm(ctx.requireWritable(), input),

  'export.recordDecision': async ({ bidId, choice }, ctx) => {
    const ws = ctx.requireWritable()
    return recordExportDecision(
      ws,
      bidId,
      choice,
      await vetoFindings(ws, bidId, { materialIds: linkedMaterialIds }),
    )
  },

  'export.status': async ({ jobId, waitMs }, ctx) => jobsOf(ctx).statusWithin(jobId, waitMs ?? 0),

  'export.cancel': async ({ jobId }, ctx) => jobsOf(ctx).cancel(jobId),

  'export.download': async ({ jobId }, ctx) => {
    const r = jobsOf(ctx).result(jobId)
    const data = await fs.readFile(r.path).catch(() => {
      throw new AppError('NOT_FOUND', {
        zh: `导出文件已不存在：${r.path}`,
        en: `the exported file is gone: ${r.path}`,
      })
    })
    return { fileName: r.fileName, dataBase64: data.toString('base64') }
  },
}
