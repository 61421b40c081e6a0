/**
 * pdf_export: the 投标文件 as PDF with true 目录/评分索引表 page numbers (assembly, LibreOffice layout with the
 * page-number macro, verification against the PDF, the numbered .docx) against LibreOffice converting the bare
 * .docx of the same paragraphs and tables (`soffice --convert-to pdf`), each in a fresh private profile.
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { Packer } from 'docx'
import { exportBidPdf } from '@services/export/pdf/bid'
import { makeProfile } from '@services/export/pdf/profile'
import { requireSoffice } from '@services/export/pdf/soffice'
import { CompanyProfileSchema } from '@shared/schemas'
import { bareDocument, docxBid } from './docx'
import { rawTimes, round, sideBySide, type Metric } from './harness'

const run = promisify(execFile)

export async function pdfExport(root: string, reps: number): Promise<Metric> {
  const soffice = requireSoffice()
  const bid = docxBid()
  const company = CompanyProfileSchema.parse({ name: '某某科技有限公司', legalRep: '张三' })
  const dir = path.join(root, 'pdf')
  await fs.mkdir(dir, { recursive: true })
  const bare = path.join(dir, 'bare.docx')
  await fs.writeFile(bare, await Packer.toBuffer(bareDocument(bid)))
  let n = 0
  let pages: number | null = null
  const r = await sideBySide(
    async () => {
      const res = await exportBidPdf({
        bid,
        company,
        materials: [],
        workspaceDir: dir,
        copy: '正本',
        out: path.join(dir, 'ours.pdf'),
        date: '2026-02-20',
      })
      pages = res.pageCount
    },
    async () => {
      const profile = await makeProfile(path.join(dir, `profile-${++n}`))
      await run(
        soffice,
        [profile.installationArg, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, bare],
        { env: profile.env, timeout: 30 * 60_000 },
      )
      await fs.rm(profile.dir, { recursive: true, force: true })
    },
    reps,
    0,
  )
  return {
    name: 'pdf_export',
    ratio: round(r.ratio),
    target: 1.3,
    raw: { ...rawTimes(r, 'exportBidPdf', 'sofficeBareDocx'), pages, sections: bid.sections.length },
    available: true,
  }
}
