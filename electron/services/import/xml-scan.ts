/**
 * The guard's XML pass: every XML part is parsed by saxes — the parser exceljs itself uses, with the same default
 * options — so attribute values containing '>' or quotes, entities and namespace prefixes read exactly as the
 * importer will read them. A part that does not parse is refused (the importer would fail on it later, after
 * allocating). Which caps apply is decided by the part's name, matched the way exceljs 4.4.0 matches it
 * (lib/xlsx/xlsx.js load(): exact names, then UNANCHORED regular expressions, after one leading '/' is dropped), so
 * 'xl/worksheets/sheet2.xml.bak' is capped as the worksheet exceljs takes it for.
 */
import { SaxesParser, type SaxesAttributeNS } from 'saxes'
import { WorksheetCaps, type WorkbookBudget } from './sheet-caps'
import { reject } from './zip-directory'

export type PartClass = 'worksheet' | 'workbook' | 'sharedStrings' | 'styles' | 'other'

/** The class exceljs gives a zip entry name (see the module comment). */
export function classifyPart(entryName: string): PartClass {
  const name = entryName.startsWith('/') ? entryName.slice(1) : entryName
  if (name === 'xl/workbook.xml') return 'workbook'
  if (name === 'xl/sharedStrings.xml') return 'sharedStrings'
  if (name === 'xl/styles.xml') return 'styles'
  if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(name)) return 'worksheet'
  return 'other'
}

export interface XmlLimits {
  /** Element nesting; deeper documents overflow recursive readers ("Maximum call stack size exceeded"). */
  maxDepth: number
  /**
   * Also require namespace well-formedness (every prefix bound). Off for .xlsx, because exceljs reads without
   * namespaces and accepts such parts; on for .docx we write back out (buyer forms), since Word refuses them and
   * our own export parse-back would otherwise fail on the buyer's damage instead of refusing it at the door.
   */
  namespaces?: boolean
}

const STYLE_RECORDS = new Set(['xf', 'font', 'fill', 'border', 'numFmt', 'dxf'])

const local = (name: string) => name.slice(name.indexOf(':') + 1)

/** With namespaces on, saxes gives attribute records instead of strings; the caps only need the values. */
function attributeValues(attrs: Record<string, string | SaxesAttributeNS>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrs)) out[k] = typeof v === 'string' ? v : v.value
  return out
}

function malformed(part: string, why: string): never {
  reject(
    'XML_MALFORMED',
    `部件 ${part} 不是格式正确的 XML（${why}）`,
    `part ${part} is not well-formed XML (${why})`,
    part,
  )
}

function tooMany(part: string, what: { zh: string; en: string }): never {
  reject('PART_TOO_LARGE', `部件 ${part} ${what.zh}`, `part ${part} has ${what.en}`, part)
}

/** Walks one XML part with saxes, applying the caps of its class. Throws IMPORT_REJECTED. */
export function scanXmlPart(
  text: string,
  part: string,
  cls: PartClass,
  budget: WorkbookBudget,
  lim: XmlLimits,
): void {
  const parser = new SaxesParser<{ xmlns: boolean }>({ xmlns: lim.namespaces ?? false })
  const sheet = cls === 'worksheet' ? new WorksheetCaps(budget, part) : null
  const counts = new Map<string, number>()
  const count = (name: string, max: number, what: (n: number) => { zh: string; en: string }) => {
    const n = (counts.get(name) ?? 0) + 1
    counts.set(name, n)
    if (n > max) tooMany(part, what(max))
  }
  let depth = 0
  let definedName: string[] | null = null
  parser.on('doctype', () =>
    reject(
      'DOCTYPE',
      `部件 ${part} 含有 DOCTYPE/ENTITY 声明（可能是 XXE 攻击），已拒绝`,
      `part ${part} contains a DOCTYPE/ENTITY declaration (possible XXE); refused`,
      part,
    ),
  )
  parser.on('opentag', (tag) => {
    if (++depth > lim.maxDepth) {
      tooMany(part, { zh: `嵌套超过 ${lim.maxDepth} 层`, en: `elements nested deeper than ${lim.maxDepth}` })
    }
    const name = local(tag.name)
    const attrs = attributeValues(tag.attributes)
    if (sheet) return sheet.open(name, attrs)
    if (cls === 'sharedStrings' && name === 'si') {
      count('si', budget.lim.maxSharedStrings, (m) => ({
        zh: `共享字符串超过 ${m} 条`,
        en: `more than ${m} shared strings`,
      }))
    } else if (cls === 'styles' && STYLE_RECORDS.has(name)) {
      count(name, budget.lim.maxStyles, (m) => ({
        zh: `${name} 样式记录超过 ${m} 条`,
        en: `more than ${m} ${name} style records`,
      }))
    } else if (cls === 'workbook') {
      if (name === 'sheet') budget.sheet(part)
      if (name === 'definedName') definedName = []
    }
  })
  parser.on('text', (t) => definedName?.push(t))
  parser.on('closetag', (tag) => {
    depth--
    if (definedName && local(tag.name) === 'definedName') {
      // exceljs expands every range of a defined name into a cell matrix (lib/doc/defined-names.js).
      for (const ref of definedName.join('').split(',')) {
        if (/\$\w+\$\d+/.test(ref)) budget.expand(ref.trim(), `definedName ${ref.trim().slice(0, 60)}`, part)
      }
      definedName = null
    }
  })
  try {
    parser.write(text).close()
  } catch (e) {
    if ((e as { code?: string }).code === 'IMPORT_REJECTED') throw e
    malformed(part, (e instanceof Error ? e.message : String(e)).slice(0, 200))
  }
}
