import { z } from 'zod'
import { IdSchema } from '../schemas'
import { method } from './define'

const FileOut = z.object({ dataBase64: z.string(), fileName: z.string() })

export const checksContract = {
  'checks.exportXlsx': method(
    z.strictObject({ bidId: IdSchema }),
    FileOut,
    'The check findings of one bid as an .xlsx (one row a finding, filters on)',
  ),
  'checks.reportHtml': method(
    z.strictObject({ bidId: IdSchema }),
    z.object({ html: z.string(), fileName: z.string() }),
    'A printable HTML check report of one bid',
  ),
}
