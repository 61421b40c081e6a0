import type { PrintModel, PrintedMaterial } from '@shared/domain/export/print-model'
import { basisOf } from '../basis'
import type { RuleContext } from '../context'

/**
 * P04 (the printed counterpart of L04): every material the print lists goes out with its scan. A qualification
 * document (营业执照, 资质, 财务, 纳税社保, 信用, ID cards, or one the tender names as a qualification) that is
 * listed but not printed cannot prove the qualification: 否决风险 (87号令 art. 63(三) / 实施条例 art. 51(三)).
 * Another material (a reference contract, a brochure) without its copy loses the points it was meant to earn:
 * 失分风险. The scan may be missing altogether, its file gone from the workspace, not an image the document can
 * carry, or listed in a table with no part printing the copies.
 */
const PROBLEM = {
  'no-scan': { zh: '没有扫描件', en: 'has no scan' },
  missing: { zh: '扫描件文件已丢失', en: 'has a scan whose file is missing' },
  'not-image': {
    zh: '扫描件不是图片（PDF 等无法放入 Word）',
    en: 'has a scan that is not an image (a PDF cannot go into the Word file)',
  },
  'not-printed': { zh: '只在表中列出，未附复印件', en: 'is listed but no copy is printed' },
} as const

function problemOf(m: PrintedMaterial): keyof typeof PROBLEM | null {
  if (m.attachments.length === 0) return 'no-scan'
  if (m.attachments.some((a) => a.status === 'missing')) return 'missing'
  if (m.attachments.every((a) => a.status === 'not-image')) return 'not-image'
  if (!m.scansPrinted) return 'not-printed'
  return null
}

export function p04(ctx: RuleContext, model: PrintModel): void {
  for (const m of model.materials) {
    const problem = problemOf(m)
    if (!problem) continue
    const company = m.materialId.startsWith('company.')
    const parts = m.parts.map((p) => p.title).join('、')
    ctx.add({
      ruleId: 'P04',
      severity: m.qualification ? '否决风险' : '失分风险',
      ...(company
        ? { doc: 'workspace' as const, docId: 'workspace', path: m.materialId }
        : m.materialId === 'bond.proof'
          ? { path: 'bond.proof' }
          : { doc: 'material' as const, docId: m.materialId, path: 'attachments' }),
      discriminator: `${m.materialId}:${problem}`,
      printedIn: m.parts,
      message: {
        zh: `“${m.title}”${PROBLEM[problem].zh}（列于：${parts}）`,
        en: `"${m.title}" ${PROBLEM[problem].en} (listed in: ${parts})`,
      },
      fix:
        problem === 'not-printed'
          ? {
              zh: '在该表单中附上复印件（模板中加入材料块）',
              en: 'Print the copies with the form (add a materials block to the template)',
            }
          : {
              zh: '在资料库中为该材料上传清晰的扫描图片（PNG/JPG）',
              en: 'Upload a clear scan image (PNG/JPG) of it in the library',
            },
      basis: m.qualification ? `${basisOf(ctx, 'veto')}（资格证明）` : basisOf(ctx, 'scoring'),
    })
  }
}
