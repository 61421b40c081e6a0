import JSZip from 'jszip'
import * as fs from 'node:fs/promises'
import { runCli } from '@cli/run'
import type { CliIo } from '@cli/types'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { createWorkspace } from '@services/store'
import { buildFixture, company } from './export-fixtures'

/** The CLI through its real entry (argument parsing, exit codes), with what it prints captured. */
export async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) }
  const code = await runCli(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n'), json: () => JSON.parse(out.join('\n')) }
}

/** A workspace at `dir` holding the export fixture's bid (id b1) and its materials, closed again. */
export async function fixtureWorkspace(dir: string): Promise<void> {
  const ws = await createWorkspace(dir, { name: '测试工作区', company })
  const { bid, materials } = await buildFixture(dir)
  for (const m of materials) await ws.create('materials', { ...m })
  await ws.create('bids', { ...bid })
  await ws.close()
}

/** `bidbench export docx|pdf` of the fixture bid as it is submitted: one fixed date, --force past warnings. */
export const exportBid = (dir: string, format: 'docx' | 'pdf', out: string) =>
  cli('export', format, dir, '--bid', 'b1', '--out', out, '--date', '2026-03-10', '--force')

/** `bidbench export attach-form`: a buyer's Word form attached to the fixture bid. */
export const attachForm = (dir: string, form: string, ...more: string[]) =>
  cli('export', 'attach-form', dir, '--bid', 'b1', '--form', form, ...more)

/** The paragraphs of a written Word file's body. */
export const docText = async (file: string) =>
  paragraphTexts(
    await (await JSZip.loadAsync(await fs.readFile(file))).file('word/document.xml')!.async('string'),
  )
