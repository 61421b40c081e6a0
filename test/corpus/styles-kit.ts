import type { Party } from './styles'

/** What several house styles share: our company and its sister companies, the IT plan text. */

// Credit codes with a valid GB 32100-2015 check character.
export const CODES = ['91350100M000100Y43', '91310115MA1K3YJT7R', '91110108551385082Q', '914403001922038216']

export const HUAXIN: Party = {
  name: '华信数科技术有限公司',
  code: CODES[0],
  legalRep: '王海东',
  legalRepId: '350102197805121230',
  agent: '李明',
  agentId: '350102199001011238',
  basicAccount: '兴业银行福州分行 117010100100123456',
}

export const PLAN_IT: [string, string] = [
  '本项目总体架构采用分层解耦设计，门户、中台能力组件和数据底座分别部署，支持国产操作系统与数据库，满足等级保护三级要求。',
  '实施分为需求调研、系统设计、开发测试、试运行和验收五个阶段，每个阶段设里程碑评审，由项目组每周向采购人汇报进度与风险。',
]
