import type { BlockLibrary } from '@shared/domain/sections/reuse'
import type { PulledBlock } from '@shared/contract/materials'
import {
  blockForBid,
  blockMaterial,
  blockOrigin,
  reuseFindings,
  searchBlocks,
} from '@shared/domain/sections/reuse'
import { docFromPlainText } from '@shared/domain/sections/plain'
import { writtenDoc } from '@shared/domain/sections/written'
import { docText } from '@shared/domain/sections/text'
import { AppError } from '@shared/errors'
import type { Bid, Material, SectionDoc } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { checkSourcesFor, loadCheckLibrary } from '../checks/input'

function sectionOf(bid: Bid, sectionId: string) {
  const s = bid.sections.find((x) => x.id === sectionId)
  if (!s)
    throw new AppError('NOT_FOUND', {
      zh: `投标项目“${bid.title}”中没有章节 ${sectionId}`,
      en: `The bid "${bid.title}" has no section ${sectionId}`,
    })
  return s
}

export interface SaveBlockInput {
  bidId: string
  sectionId: string
  title: string
  tags: string[]
  doc?: SectionDoc
}

/** materials.saveBlock: the section (or the part given) becomes a 文本块 of the library, remembering its origin. */
export async function saveBlock(ws: WorkspaceSession, input: SaveBlockInput): Promise<Material> {
  const bid = await ws.get('bids', input.bidId)
  const section = sectionOf(bid, input.sectionId)
  const doc = input.doc ?? writtenDoc(section) ?? docFromPlainText(section.content)
  if (!docText(doc).trim())
    throw new AppError('VALIDATION', {
      zh: '要保存的内容是空的：请先选中或写入文字',
      en: 'There is nothing to save: select or write some text first',
    })
  return ws.create('materials', blockMaterial({ ...input, doc, origin: blockOrigin(bid, section) }))
}

/** materials.blocks */
export async function blockLibrary(
  ws: WorkspaceSession,
  input: { query?: string; tags?: string[] },
): Promise<BlockLibrary> {
  const materials = await Promise.all(
    ws.list('materials').map((e) => ws.get('materials', e.id).catch(() => null)),
  )
  return searchBlocks(
    materials.filter((m): m is Material => m !== null),
    input,
  )
}

/** materials.pullBlock: the block as it goes into this bid and what of its source bid is left in it. Saves nothing. */
export async function pullBlock(
  ws: WorkspaceSession,
  input: { materialId: string; bidId: string; sectionId?: string },
): Promise<PulledBlock> {
  const material = await ws.get('materials', input.materialId)
  if (material.kind !== '文本块' || !material.block)
    throw new AppError('VALIDATION', {
      zh: `资料“${material.title}”不是文本块，不能插入章节`,
      en: `The material "${material.title}" is not a text block and cannot be inserted into a section`,
    })
  const bid = await ws.get('bids', input.bidId)
  const section = input.sectionId ? sectionOf(bid, input.sectionId) : null
  const { doc, unlinked } = blockForBid(material.block.doc, new Set(bid.requirements.map((r) => r.id)))
  const text = docText(doc)
  const sources = await checkSourcesFor(ws, await loadCheckLibrary(ws), bid, { matrixId: null })
  const findings = reuseFindings({
    bid,
    block: { text, origin: material.block.origin },
    sectionTitle: section?.title ?? '',
    sources,
    now: new Date(),
  })
  return { material, doc, text, unlinked, findings }
}
