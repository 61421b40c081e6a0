import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { exportBidDocx } from '@services/export/docx/assemble'
import { BidSchema, MaterialSchema } from '@shared/schemas'
import { buildFixture, certificatePng, company, NOW, putFile, tempDir } from './export-fixtures'
import { convert, pdfText, pdfToPng } from './libreoffice'

// The declarations a 监狱企业 / 残疾人福利性单位 prints (财库〔2020〕46号 art. 16, 财库〔2017〕141号) and the key staff's
// certificate copies after the 主要人员表, in the Word file and in LibreOffice's PDF of it.
const TEMPLATES = path.resolve(__dirname, '../../templates')
const PNG_DIR = path.resolve(__dirname, '../../test-results/export-declarations')

let flat: string
let media: string[]
let docXml: string

beforeAll(async () => {
  const dir = await tempDir('declarations')
  const { bid, materials } = await buildFixture(dir)
  const pmScan = await putFile(dir, certificatePng('PM licence', '#27ae60'), '建造师.png', 'image/png')
  const prisonScan = await putFile(
    dir,
    certificatePng('Prison admin', '#7f8c8d'),
    '监狱证明.png',
    'image/png',
  )
  const mat = (m: Record<string, unknown>) =>
    MaterialSchema.parse({ schemaVersion: 1, createdAt: NOW, updatedAt: NOW, ...m })
  const extra = [
    mat({
      id: 'm-pm',
      title: '一级建造师注册证书',
      kind: '人员证书',
      number: '京1112023',
      attachments: [pmScan],
    }),
    mat({
      id: 'm-prison',
      title: '监狱企业证明（省监狱管理局）',
      kind: '资质证书',
      attachments: [prisonScan],
    }),
  ]
  const decl = BidSchema.parse({
    ...bid,
    sme: {
      welfareUnit: true,
      prisonEnterprise: true,
      prisonCertificateMaterialId: 'm-prison',
      deductionClaimed: true,
    },
    keyStaff: [
      {
        id: 'k1',
        post: '项目负责人',
        name: '赵明轩',
        idNumber: '110108198503150018',
        certificateRequired: '一级建造师',
        certificateMaterialIds: ['m-pm'],
      },
    ],
  })
  const out = path.join(dir, 'decl.docx')
  await exportBidDocx({
    bid: decl,
    company,
    materials: [...materials, ...extra],
    workspaceDir: dir,
    copy: '正本',
    out,
    templatesDir: TEMPLATES,
  })
  const zip = await JSZip.loadAsync(await fs.readFile(out))
  media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
  docXml = await zip.file('word/document.xml')!.async('string')
  await convert([out], dir, 'pdf', dir)
  const pdf = path.join(dir, 'decl.pdf')
  flat = (await pdfText(pdf)).replace(/[\s\u3000]+/g, '')
  await fs.mkdir(PNG_DIR, { recursive: true })
  await pdfToPng(pdf, path.join(PNG_DIR, 'page'), 1, 40)
}, 240_000)

describe('declarations and staff certificates in the exported 投标文件', () => {
  it('残疾人福利性单位声明函 in the 141号 wording, sealed by the unit', () => {
    expect(flat).toContain('残疾人福利性单位声明函')
    expect(flat).toContain(
      '根据《财政部民政部中国残疾人联合会关于促进残疾人就业政府采购政策的通知》（财库〔2017〕141号）的规定，本单位为符合条件的残疾人福利性单位',
    )
    expect(flat).toContain(`单位名称（盖章）：${company.name}`)
    // Not both: the unit's own declaration replaces the 中小企业声明函.
    expect(flat).not.toContain('中小企业声明函')
  })

  it('监狱企业证明文件: the page with the certificate scan', () => {
    expect(flat).toContain('监狱企业证明文件')
    expect(flat).toContain('监狱企业视同小型、微型企业')
    expect(flat).toContain('监狱企业证明（省监狱管理局）')
    expect(docXml).toContain('监狱企业证明（省监狱管理局）')
  })

  it('the key staff certificate is printed after the 主要人员表 with its scan', () => {
    expect(flat).toContain('附：上述人员证书复印件')
    const table = flat.indexOf('项目负责人及主要人员表')
    expect(flat.indexOf('一级建造师注册证书', flat.indexOf('附：上述人员证书复印件'))).toBeGreaterThan(table)
    expect(flat).not.toContain('未附扫描件')
    // The two new scans are in the package besides the fixture's own images.
    expect(media.length).toBeGreaterThanOrEqual(2)
  })
})
