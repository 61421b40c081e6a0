import { BID_SCHEMA_VERSION, BidSchema, type Competitor, type DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { demoGoodsBid } from './bid-goods'
import { demoServicesBid } from './bid-services'
import { DEMO_COMPANY } from './company'
import { demoCustomers } from './customers'
import { demoMaterials } from './materials'
import { demoCompetitors, demoMatrix, demoNegotiation } from './others'
import { certificatePng, documentScanPng, idCardPng } from './certificate-image'
import { demoHospitalNegotiation } from './negotiation-hospital'
import { yearOf } from './dates'
import { historyCustomers } from './history-customers'
import { APPLIED_OPENINGS, historyBids } from './history-bids'
import { applyOpening } from '@shared/domain/pipeline'

export { DEMO_COMPANY }

/** Every document of the sample workspace (示例工作区), with dates relative to `now`. */
export function demoDocuments(
  now = new Date(),
): { kind: DocKind; doc: Record<string, unknown> & { id: string; title: string } }[] {
  return [
    ...demoMaterials(now).map((doc) => ({ kind: 'materials' as const, doc })),
    ...demoCompetitors(now).map((doc) => ({ kind: 'competitors' as const, doc })),
    ...demoCustomers(now).map((doc) => ({ kind: 'customers' as const, doc })),
    ...historyCustomers(now).map((doc) => ({ kind: 'customers' as const, doc })),
    { kind: 'bids', doc: demoGoodsBid(now) },
    { kind: 'bids', doc: demoServicesBid(now) },
    ...historyBids(now).map((doc) => ({ kind: 'bids' as const, doc })),
    { kind: 'matrices', doc: demoMatrix() },
    { kind: 'negotiations', doc: demoNegotiation() },
    { kind: 'negotiations', doc: demoHospitalNegotiation() },
  ]
}

/** The certificates whose scans show their title and number. */
const CERTIFICATES = new Set(['m-license', 'm-iso9001', 'm-iso27001', 'm-cmmi3', 'm-pmp'])

/** Kinds of the library whose documents a 投标文件 prints as copies: each gets a scan in the sample. */
const SCANNED_KINDS = new Set([
  '营业执照',
  '资质证书',
  '人员证书',
  '财务报表',
  '纳税/社保证明',
  '信用查询',
  '样板客户/类似业绩',
])

/** Writes the sample data into an open, empty workspace. */
export async function writeDemoData(ws: WorkspaceSession, now = new Date()): Promise<void> {
  // The profile's ID card scans (法定代表人, 授权代表): printed with 法定代表人身份证明 and 授权委托书.
  const idCard = async (name: string) => [
    await ws.putFile(idCardPng('正面'), `${name}身份证正面.png`, 'image/png'),
    await ws.putFile(idCardPng('反面'), `${name}身份证反面.png`, 'image/png'),
  ]
  const y = yearOf(0, now)
  await ws.saveWorkspace({
    company: {
      ...DEMO_COMPANY,
      legalRepIdCard: await idCard(DEMO_COMPANY.legalRep),
      agents: await Promise.all(
        DEMO_COMPANY.agents.map(async (a) => ({ ...a, idCard: await idCard(a.name) })),
      ),
    },
    settings: {
      ...ws.workspace.settings,
      pipeline: {
        ...ws.workspace.settings.pipeline,
        // Signing targets: the year's, and the next year's first quarter on its own.
        targets: [
          { period: String(y), amount: 20_000_000 },
          { period: String(y + 1), amount: 24_000_000 },
          { period: `${y + 1}Q1`, amount: 5_000_000 },
        ],
      },
    },
  })
  const iso = now.toISOString()
  let registry: Competitor[] | null = null
  const touched = new Set<string>()
  let n = 0
  for (const entry of demoDocuments(now)) {
    const { kind } = entry
    let { doc } = entry
    // Financial statements, tax proofs, contracts … get a text-less page: rendering fonts costs seconds each.
    if (kind === 'materials' && SCANNED_KINDS.has(String(doc.kind)) && !CERTIFICATES.has(doc.id)) {
      const att = await ws.putFile(documentScanPng(++n), `${doc.title}.png`, 'image/png')
      doc.attachments = [att]
    } else if (kind === 'materials' && CERTIFICATES.has(doc.id)) {
      const png = certificatePng(doc.title, String(doc.number ?? ''))
      const att = await ws.putFile(png, `${doc.title}.png`, 'image/png')
      doc.attachments = [att]
    }
    if (kind === 'bids' && APPLIED_OPENINGS.includes(doc.id)) {
      // The history's 开标记录 go through the one rule a user's entry does (price histories, results), in memory:
      // the sample is written at first start, where every durable write counts.
      registry ??= await ws.all('competitors')
      const bid = BidSchema.parse({
        ...doc,
        schemaVersion: BID_SCHEMA_VERSION,
        createdAt: iso,
        updatedAt: iso,
      })
      const r = applyOpening(bid, registry, null, { now: iso, ourName: DEMO_COMPANY.name })
      for (const c of r.competitors) touched.add(c.id)
      registry = registry.map((c) => r.competitors.find((x) => x.id === c.id) ?? c)
      doc = r.bid
    }
    await ws.create(kind, doc)
  }
  for (const c of registry ?? []) if (touched.has(c.id)) await ws.save('competitors', c)
}
