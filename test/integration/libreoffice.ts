import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A real LibreOffice for the export tests, with a private profile: formulas of .xlsx files are ALWAYS recalculated
 * on load (OOXMLRecalcMode=0), and the Windows Chinese font names the exports use (宋体, 仿宋, 黑体) are mapped to
 * the Noto CJK SC fonts, so the rendered pages show Simplified Chinese glyphs as a Chinese Windows would.
 */
export async function makeProfile(dir: string): Promise<{ profileUrl: string; env: NodeJS.ProcessEnv }> {
  const user = path.join(dir, 'lo-profile', 'user')
  await fs.mkdir(user, { recursive: true })
  await fs.writeFile(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  )
  const alias = (from: string, to: string) =>
    `<alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`
  const fontsConf = path.join(dir, 'fonts.conf')
  await fs.writeFile(
    fontsConf,
    `<?xml version="1.0"?>
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  ${alias('宋体', 'Noto Serif CJK SC')}${alias('SimSun', 'Noto Serif CJK SC')}
  ${alias('仿宋', 'Noto Serif CJK SC')}${alias('FangSong', 'Noto Serif CJK SC')}
  ${alias('黑体', 'Noto Sans CJK SC')}${alias('SimHei', 'Noto Sans CJK SC')}
</fontconfig>
`,
  )
  return {
    profileUrl: 'file://' + path.join(dir, 'lo-profile'),
    env: { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir },
  }
}

/** Converts several files in ONE LibreOffice start (each start costs seconds). */
export async function convert(
  files: string[],
  outDir: string,
  target: string,
  workDir: string,
): Promise<void> {
  const { profileUrl, env } = await makeProfile(workDir)
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profileUrl}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      ...files,
    ],
    { env, timeout: 180_000 },
  )
}

/**
 * LibreOffice's CSV export: comma, double quote, UTF-8, from line 1, values not "as shown", every sheet to its own
 * file `<base>-<sheet>.csv` (-1).
 */
export const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1'

/**
 * The workbooks opened by LibreOffice (which recalculates every formula on load, see makeProfile) in one start and
 * read back: every sheet's rows under `<file base name>-<sheet name>`.
 */
export async function recalculated(files: string[], workDir: string): Promise<Record<string, string[][]>> {
  const out = await fs.mkdtemp(path.join(workDir, 'csv-'))
  await convert(files, out, CSV_EVERY_SHEET, workDir)
  const sheets: Record<string, string[][]> = {}
  for (const f of await fs.readdir(out))
    sheets[f.replace(/\.csv$/, '')] = parseCsv(await fs.readFile(path.join(out, f), 'utf8'))
  return sheets
}

export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
}

/**
 * The text of every line LibreOffice printed, read from the PDF with each line's position (pdftotext -bbox-layout):
 * a table cell's lines are lines of their own, so a value split inside its cell shows as two lines.
 */
export async function pdfLines(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const lines: string[] = []
  for (const l of stdout.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g))
    lines.push([...l[1].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''))
  return lines
}

/** How many times `value` is printed whole on one line (cells side by side share a line of the PDF text). */
export function wholeOnLines(lines: readonly string[], value: string): number {
  return lines.reduce((n, l) => n + l.split(value).length - 1, 0)
}

export async function pdfPages(pdf: string): Promise<number> {
  const info = (await run('pdfinfo', [pdf])).stdout
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
}

export async function pdfFonts(pdf: string): Promise<string> {
  return (await run('pdffonts', [pdf])).stdout
}

export async function pdfToPng(pdf: string, prefix: string, first: number, last: number): Promise<void> {
  await run('pdftoppm', ['-r', '60', '-f', String(first), '-l', String(last), '-png', pdf, prefix])
}

/** CSV as LibreOffice writes it (comma, double quotes, UTF-8). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let q = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') q = false
      else cell += ch
    } else if (ch === '"') q = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''))
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) rows.push([...row, cell])
  return rows
}
