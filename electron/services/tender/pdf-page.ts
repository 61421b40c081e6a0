import type { PdfPage, PdfTextItem } from '@shared/domain/tender/pdf-layout'
import type { Segment } from '@shared/domain/tender/pdf-table'

/**
 * One page of a pdf.js document → the plain data the layout rules read: text items with their baseline and size,
 * and the straight strokes and thin bars of the page (cell borders), in page space. pdf.js 5 hands paths over as
 * flat arrays of draw codes (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) in the space of the
 * current transformation matrix, which is tracked here through save/restore, cm and form XObjects.
 */
type Matrix = [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]]
}

interface PageLike {
  pageNumber: number
  view: number[]
  getTextContent(): Promise<{ items: unknown[] }>
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>
}

export interface PageRead {
  page: PdfPage
  images: number
}

export async function readPdfPage(page: PageLike, OPS: Record<string, number>): Promise<PageRead> {
  const tc = await page.getTextContent()
  const items: PdfTextItem[] = []
  for (const raw of tc.items) {
    const it = raw as { str?: string; transform?: number[]; width?: number }
    if (typeof it.str !== 'string' || !it.transform) continue
    const [, , c, d, e, f] = it.transform
    const size = Math.hypot(c, d) || 1
    items.push({ str: it.str, x: e, y: f, w: it.width ?? 0, size })
  }
  const ol = await page.getOperatorList()
  const segments: Segment[] = []
  let ctm: Matrix = IDENTITY
  const stack: Matrix[] = []
  let images = 0
  for (let i = 0; i < ol.fnArray.length; i++) {
    const fn = ol.fnArray[i]
    const args = ol.argsArray[i]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY
    else if (fn === OPS.transform) ctm = mul(args as unknown as Matrix, ctm)
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = args?.[0] as Matrix | null
      if (m && m.length === 6) ctm = mul(m, ctm)
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY
    else if (
      fn === OPS.paintImageXObject ||
      fn === OPS.paintInlineImageXObject ||
      fn === OPS.paintImageMaskXObject
    )
      images++
    else if (fn === OPS.constructPath) pathSegments(args, ctm, segments)
  }
  const [x0, y0, x1, y1] = page.view
  return { page: { page: page.pageNumber, width: x1 - x0, height: y1 - y0, items, segments }, images }
}

function pathSegments(args: unknown[], ctm: Matrix, out: Segment[]) {
  const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0]
  if (!data || typeof data.length !== 'number') return
  let start: [number, number] | null = null
  let cur: [number, number] | null = null
  for (let k = 0; k < data.length;) {
    const code = data[k++]
    if (code === 0) {
      cur = apply(ctm, data[k], data[k + 1])
      start = cur
      k += 2
    } else if (code === 1) {
      const next = apply(ctm, data[k], data[k + 1])
      if (cur) out.push({ x1: cur[0], y1: cur[1], x2: next[0], y2: next[1] })
      cur = next
      k += 2
    } else if (code === 2) {
      cur = apply(ctm, data[k + 4], data[k + 5])
      k += 6
    } else if (code === 3) {
      cur = apply(ctm, data[k + 2], data[k + 3])
      k += 4
    } else if (code === 4) {
      if (cur && start) out.push({ x1: cur[0], y1: cur[1], x2: start[0], y2: start[1] })
      cur = start
    } else return
  }
}
