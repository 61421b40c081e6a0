import type { DocKind } from '@shared/schemas'
import type { WorkspaceSession } from '../store'
import { demoGoodsBid } from './bid-goods'
import { demoServicesBid } from './bid-services'
import { DEMO_COMPANY } from './company'
import { demoCustomers } from './customers'
import { demoMaterials } from './materials'
import { demoCompetitors, demoMatrix, demoNegotiation } from './others'
import { certificatePng } from './certificate-image'
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

/** Writes the sample data into an open, empty workspace. */
export async function writeDemoData(ws: WorkspaceSession, now = new Date()): Promise<void> {
  await ws.saveWorkspace({ company: DEMO_COMPANY })
  for (const { kind, doc } of demoDocuments(now)) {
    if (
      kind === 'materials' &&
      ['m-license', 'm-iso9001', 'm-iso27001', 'm-cmmi3', 'm-pmp'].includes(doc.id)
    ) {
      const png = certificatePng(doc.title, String(doc.number ?? ''))
      const att = await ws.putFile(png, `${doc.title}.png`, 'image/png')
      doc.attachments = [att]
    }
    await ws.create(kind, doc)
  }
}
