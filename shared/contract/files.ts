import { z } from 'zod'
import { AttachmentSchema } from '../schemas'
import { method } from './define'

export const filesContract = {
  'files.put': method(
    z.strictObject({
      name: z.string().trim().min(1).max(255),
      mime: z.string().max(100).default('application/octet-stream'),
      dataBase64: z
        .string()
        .max(70_000_000)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
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
