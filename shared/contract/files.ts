import { z } from 'zod'
import { AttachmentSchema } from '../schemas'
import { base64File, method } from './define'

export const filesContract = {
  'files.put': method(
    z.strictObject({
      name: z.string().trim().min(1).max(255),
      mime: z.string().max(100).default('application/octet-stream'),
      dataBase64: base64File(50),
    }),
    AttachmentSchema,
    'Store an attachment once by its sha256',
  ),
  'files.get': method(
    z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    z.object({ dataBase64: z.string() }),
    'Read an attachment',
  ),
}
