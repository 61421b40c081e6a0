import { z } from 'zod'
import { method, NoInput } from './define'

export const appContract = {
  'app.info': method(
    NoInput,
    z.object({ name: z.string(), version: z.string(), transport: z.string() }),
    'App name and version',
  ),
}
