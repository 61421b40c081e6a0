import { describe, expect, it } from 'vitest'
import { BUYER_FORM_FILE, pickedFileIssue, XLSX_FILE } from '@shared/contract/define'
import { contract } from '@shared/contract'

const MB = 1024 * 1024

describe('pickedFileIssue', () => {
  it('lets a file of the right kind up to the limit go, case-insensitively', () => {
    expect(pickedFileIssue({ name: '投标函.DOCX', size: 30 * MB }, BUYER_FORM_FILE)).toBeNull()
    expect(pickedFileIssue({ name: '需求.xlsx', size: 1 }, XLSX_FILE)).toBeNull()
  })

  it('refuses the wrong kind, an empty file and a file over the limit, with the reason', () => {
    expect(pickedFileIssue({ name: 'notes.txt', size: 10 }, BUYER_FORM_FILE)?.zh).toBe('请选择 .docx 文件')
    expect(pickedFileIssue({ name: '旧表.xls', size: 10 }, XLSX_FILE)?.en).toBe('choose a .xlsx file')
    expect(pickedFileIssue({ name: 'a.docx', size: 0 }, BUYER_FORM_FILE)?.zh).toBe('文件为空')
    expect(pickedFileIssue({ name: 'a.docx', size: 30 * MB + 1 }, BUYER_FORM_FILE)?.zh).toBe('文件超过 30 MB')
    expect(pickedFileIssue({ name: 'a.xlsx', size: 50 * MB + 1 }, XLSX_FILE)?.en).toBe(
      'the file is larger than 50 MB',
    )
  })

  it('is the limit the server applies to the same upload', () => {
    // The base64 of a file at the picker's limit passes the contract; a few bytes over, both refuse it (the
    // contract allows one base64 block of slack for padding: under 6 bytes).
    const b64 = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4)
    const over = (mb: number) => b64(mb * MB + 6)
    const scan = contract['export.scanForm'].input
    expect(scan.safeParse({ bidId: 'b1', dataBase64: b64(BUYER_FORM_FILE.maxMb * MB) }).success).toBe(true)
    expect(scan.safeParse({ bidId: 'b1', dataBase64: over(BUYER_FORM_FILE.maxMb) }).success).toBe(false)
    const xlsx = contract['bids.importRequirements'].input
    expect(xlsx.safeParse({ bidId: 'b1', dataBase64: over(XLSX_FILE.maxMb) }).success).toBe(false)
    expect(xlsx.safeParse({ bidId: 'b1', dataBase64: 'QUJD' }).success).toBe(true)
  })
})
