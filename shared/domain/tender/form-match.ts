import type { PartKind } from '@shared/schemas'
import { squash } from './document'

/**
 * Which standard form (templates/forms/<key>.json) a buyer's form title stands for. Buyers name the same form
 * many ways (投标函 / 响应函 / 磋商响应函; 开标一览表 / 报价一览表 / 首次报价一览表 …); a title none of these
 * match is a form of the buyer's own, written from its section text or filled from the buyer's .docx.
 */
const STANDARD: [RegExp, string][] = [
  [/^(?:投标|响应|磋商响应|谈判响应|报价|询价响应)函$/, '投标函'],
  [/(?:开标|报价|首次报价|投标报价|响应报价|最终报价)一览表$/, '开标一览表'],
  [/法定代表人(?:\(单位负责人\))?身份证明(?:书)?$/, '法定代表人身份证明'],
  [/授权(?:委托)?书$/, '授权委托书'],
  [/(?:投标|磋商|响应)?保证金/, '投标保证金'],
  [/报价明细|分项报价|价格明细|已标价工程量清单|报价清单/, '报价明细表'],
  [/技术(?:参数|规格|响应)?偏离表/, '技术偏离表'],
  [/商务(?:条款|响应)?偏离表/, '商务偏离表'],
  [/资格(?:证明|审查)(?:文件|资料|材料)/, '资格证明文件'],
  [/(?:类似)?(?:项目)?业绩/, '类似项目业绩表'],
  [/服务承诺/, '服务承诺书'],
]

export function standardFormFor(title: string): string | null {
  const t = squash(title).replace(/[(（][^)）]*[)）]$/, '')
  for (const [re, key] of STANDARD) if (re.test(t)) return key
  return null
}

/** The part of the bid a form belongs to, and whether it must be sealed and signed. */
export function formTraits(title: string): { kind: PartKind; needsSeal: boolean; needsSignature: boolean } {
  const t = squash(title)
  const kind: PartKind = /报价|一览表|价格|工程量清单/.test(t)
    ? '报价'
    : /资格|身份证明|授权|营业执照|资质|声明函|信用/.test(t)
      ? '资格'
      : /技术|方案|施工组织|实施|服务方案|设计/.test(t)
        ? '技术'
        : '商务'
  const needsSeal = /函|一览表|报价|授权|身份证明|偏离表|承诺|声明|协议/.test(t)
  const needsSignature = /投标函|响应函|一览表|报价|授权|承诺/.test(t)
  return { kind, needsSeal, needsSignature }
}
