import { defineLabels } from '@renderer/app/label-pairs'

/** Document kinds as the trash lists them (the kind is the API's collection name). */
export const KIND = defineLabels({
  bids: ['投标项目', 'Bid'],
  materials: ['资料', 'Material'],
  competitors: ['竞争对手', 'Competitor'],
  matrices: ['评分矩阵', 'Scoring matrix'],
  negotiations: ['谈判方案', 'Negotiation plan'],
})
