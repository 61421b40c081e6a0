/**
 * The price negotiation planned for the hospital imaging bid: its walk-away (底线) is what the
 * scoring matrix's win-probability recommendation must never go below.
 */
export function demoHospitalNegotiation() {
  return {
    id: 'neg-hospital',
    title: '某市人民医院影像设备价格谈判',
    bidId: 'bid-hospital-imaging',
    counterpart: { org: '某市人民医院设备科', personIds: [], people: [] },
    kind: '一般性',
    stance: '双赢型',
    preparationFactors: ['预算 350 万元', '竞争性谈判可能二次报价', '同城两家厂商参与'],
    goals: {
      ideal: 3380000,
      target: 3250000,
      walkAway: 3150000,
      batna: '不低于 315 万元；低于此价改为只供设备、安装培训另行报价。',
    },
    openingPrice: 3380000,
    tradeables: [
      { id: 't1', name: '质保期由 3 年延至 5 年', ourCost: 60000, theirValue: 150000, note: '' },
      { id: 't2', name: '免费操作培训 2 期', ourCost: 12000, theirValue: 30000, note: '' },
    ],
    ourStyle: '合作型',
    counterpartStyle: '妥协型',
    concession: { pattern: '希望成交型', total: null, unit: null, rounds: 4, custom: [] },
    risks: ['二次报价时竞争对手大幅降价'],
  }
}
