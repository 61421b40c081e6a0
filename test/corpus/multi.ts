import { PLANTS, type Plant } from './plants'
import { MORE_PLANTS } from './plants-more'
import type { Style } from './styles'

/**
 * Bids carrying several planted errors at once, of different kinds (不漏/不粗/不错, fields, materials, forms), on
 * the styles of test/corpus/styles-multi.ts: every error must still be found by its rule at its place, and nothing
 * else reported but the listed consequences (test/corpus/collateral.ts) — one mistake must not hide or garble
 * another.
 */
const GROUPS: Partial<Record<Style['key'], string[][]>> = {
  // 医疗设备: an expired 注册证 filed, the letter's 大写 short of a digit, a requirement left open, a typo in
  // the tender number.
  device: [['permit-expired', 'words-wrong', 'unanswered', 'tender-no-typo']],
  // 物业服务: the staff table names another 项目经理, the bond from a general account, a placeholder left in,
  // a short validity, a ★ 到场 time worse than required.
  property: [['staff-name', 'bond-other-account', 'placeholder', 'validity-short', 'response-term']],
  // 装修改造工程: a 开标一览表 工期 over the required, the 项目经理's registration expired, the POA copied from
  // a sister company, the wrong number of copies.
  fitout: [['summary-delivery', 'pm-cert-expired', 'poa-company', 'copies']],
}

const byId = new Map([...PLANTS, ...MORE_PLANTS].map((p) => [p.id, p]))

export function multiGroups(s: Style): Plant[][] {
  return (GROUPS[s.key] ?? []).map((ids) =>
    ids.map((id) => {
      const p = byId.get(id)
      if (!p) throw new Error(`multi: no plant ${id}`)
      if (p.when && !p.when(s)) throw new Error(`multi: plant ${id} does not apply to ${s.key}`)
      return p
    }),
  )
}
