import type { DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { demoGoodsBid } from './bid-goods'
import { demoServicesBid } from './bid-services'
import { DEMO_COMPANY } from './company'
import { demoCustomers } from './customers'
import { demoMaterials } from './materials'
import { demoCompetitors, demoMatrix, demoNegotiation } from './others'
import { certificatePng, documentScanPng, idCardPng } from './certificate-image'
import { demoHospitalNegotiation } from './negotiation-hospital'

export { DEMO_COMPANY }

/** Every document of the sample workspace (示例工作区), with dates relative to `now`. */
export function demoDocuments(
  now = new Date(),
): { kind: DocKind; doc: Record<string, unknown> & { id: string; title: string } }[] {
  return [
    ...demoMaterials(now).map((doc) => ({ kind: 'materials' as const, doc })),
    ...demoCompetitors(now).map((doc) => ({ kind: 'competitors' as const, doc })),
    ...demoCustomers(now).map((doc) => ({ kind: 'customers' as const, doc })),
    { kind: 'bids', doc: demoGoodsBid(now) },
    { kind: 'bids', doc: demoServicesBid(now) },
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
  await ws.saveWorkspace({
    company: {
      ...DEMO_COMPANY,
      legalRepIdCard: await idCard(DEMO_COMPANY.legalRep),
      agents: await Promise.all(
        DEMO_COMPANY.agents.map(async (a) => ({ ...a, idCard: await idCard(a.name) })),
      ),
    },
  })
  let n = 0
  for (const { kind, doc } of demoDocuments(now)) {
    // Financial statements, tax proofs, contracts … get a text-less page: rendering fonts costs seconds each.
    if (kind === 'materials' && SCANNED_KINDS.has(String(doc.kind)) && !CERTIFICATES.has(doc.id)) {
      const att = await ws.putFile(documentScanPng(++n), `${doc.title}.png`, 'image/png')
      doc.attachments = [att]
    } else if (kind === 'materials' && CERTIFICATES.has(doc.id)) {
      const png = certificatePng(doc.title, String(doc.number ?? ''))
      const att = await ws.putFile(png, `${doc.title}.png`, 'image/png')
      doc.attachments = [att]
    }
    await ws.create(kind, doc)
  }
}
