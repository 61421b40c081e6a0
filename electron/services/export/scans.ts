import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { ScanStatus } from '@shared/domain/export'
import type { Attachment, Bid, CompanyProfile, Material } from '@shared/schemas'
import { sniffImage } from './docx/images'

/** The first bytes of a file: enough to tell its image format and size. */
async function head(file: string): Promise<Buffer | null> {
  let h: fs.FileHandle | null = null
  try {
    h = await fs.open(file, 'r')
    const buf = Buffer.alloc(64 * 1024)
    const { bytesRead } = await h.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead)
  } catch {
    return null
  } finally {
    await h?.close()
  }
}

/**
 * Whether each scan the print may show can be printed: the file is in files/<sha256> and is an image Word embeds.
 * Looked at once before the print model is built, so the model (and the checks on it) know which scans are missing.
 */
export async function scanStatuses(
  workspaceDir: string,
  bid: Bid,
  company: CompanyProfile,
  materials: readonly Material[],
): Promise<Map<string, ScanStatus>> {
  const all: Attachment[] = [
    ...materials.flatMap((m) => m.attachments),
    ...company.legalRepIdCard,
    ...company.agents.flatMap((a) => a.idCard),
    ...bid.bond.proof,
  ]
  const out = new Map<string, ScanStatus>()
  for (const a of all) {
    if (out.has(a.sha256)) continue
    const bytes = /^[0-9a-f]{64}$/.test(a.sha256)
      ? await head(path.join(workspaceDir, 'files', a.sha256))
      : null
    out.set(a.sha256, !bytes ? 'missing' : sniffImage(bytes) ? 'ok' : 'not-image')
  }
  return out
}
