import { z } from 'zod'
import { CompanyProfileSchema } from '../schemas'
import { method, NoInput } from './define'

export const RecoveryEventSchema = z.object({
  file: z.string(),
  reason: z.string(),
  restoredFrom: z.string().nullable(),
  movedAsideTo: z.string().nullable(),
  at: z.string(),
})

export const WorkspaceInfoSchema = z.object({
  dir: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
  company: CompanyProfileSchema,
  settings: z.object({ checks: z.record(z.string(), z.unknown()) }),
  counts: z.record(z.string(), z.number()),
  recoveries: z.array(RecoveryEventSchema),
})
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>

export const RecentSchema = z.object({ dir: z.string(), name: z.string(), openedAt: z.string() })

export const DoctorReportSchema = z.object({
  dir: z.string(),
  documents: z.number(),
  problems: z.array(
    z.object({
      kind: z.string(),
      id: z.string(),
      file: z.string(),
      severity: z.enum(['error', 'warning']),
      code: z.string(),
      message: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
})

const Dir = z.string().trim().min(1).max(4096)

export const workspaceContract = {
  'workspace.current': method(NoInput, WorkspaceInfoSchema.nullable(), 'The open workspace, or null'),
  'workspace.open': method(
    z.strictObject({ dir: Dir, readOnly: z.boolean().optional() }),
    WorkspaceInfoSchema,
    'Open a workspace folder (takes the writer lock unless readOnly)',
  ),
  'workspace.create': method(
    z.strictObject({ dir: Dir, name: z.string().trim().min(1).max(200), demo: z.boolean().optional() }),
    WorkspaceInfoSchema,
    'Create a workspace in an empty folder (optionally with the sample data) and open it',
  ),
  'workspace.recent': method(NoInput, z.array(RecentSchema), 'Recently opened workspaces'),
  'workspace.saveProfile': method(
    z.strictObject({
      name: z.string().trim().min(1).max(200).optional(),
      company: CompanyProfileSchema.optional(),
    }),
    WorkspaceInfoSchema,
    'Save the workspace name and the company profile',
  ),
  'workspace.saveSettings': method(
    z.strictObject({ checks: z.record(z.string(), z.unknown()) }),
    WorkspaceInfoSchema,
    'Save workspace-wide settings (check thresholds)',
  ),
  'workspace.doctor': method(NoInput, DoctorReportSchema, 'Validate every document of the open workspace'),
}
