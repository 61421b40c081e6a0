import { z } from 'zod'
import { ShortText, Text } from './common'

export const WORKSPACE_SCHEMA_VERSION = 1

export const CompanyProfileSchema = z.object({
  name: ShortText,
  creditCode: ShortText,
  legalRep: ShortText,
  address: ShortText,
  phone: ShortText,
  bank: ShortText,
  bankAccount: ShortText,
  sme: z.boolean().default(false),
  agents: z.array(z.object({ name: ShortText, idNumber: ShortText, phone: ShortText })).default([]),
  intro: Text,
})
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>

export const WorkspaceSchema = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  company: CompanyProfileSchema.prefault({}),
  settings: z
    .object({
      /** Workspace-wide defaults for check thresholds; a bid may override them. */
      checks: z.record(z.string(), z.unknown()).default({}),
    })
    .prefault({}),
})
export type Workspace = z.infer<typeof WorkspaceSchema>
