import { z } from 'zod'
import type { WorkspaceInfo } from '@shared/contract'
import { CompanyProfileSchema, WorkspaceSchema } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useAutosaveForm } from '@renderer/hooks/useAutosaveForm'

/** What 公司信息 edits, under the rules workspace.json is saved with. */
export const ProfileForm = z.object({ name: WorkspaceSchema.shape.name, company: CompanyProfileSchema })
export type Profile = z.infer<typeof ProfileForm>

/**
 * The company profile on react-hook-form, autosaved like every document (useAutosaveForm): after a pause, when a
 * field is left, on Ctrl+S and when the page is left, with the edit parked as a draft in case that last save does
 * not finish. An edit the schema refuses stays on screen with the message at its field and is not saved.
 */
export function useProfileEditor(ws: WorkspaceInfo, onWorkspace: (ws: WorkspaceInfo) => void) {
  const saved: Profile = { name: ws.name, company: ws.company }
  return useAutosaveForm<Profile>({
    key: 'company',
    schema: ProfileForm,
    saved,
    // workspace.json has no per-edit version here: a draft applies while the saved profile is what it was made on.
    versionOf: (v) => JSON.stringify(v),
    save: async (v) => {
      const next = await call('workspace.saveProfile', { name: v.name, company: v.company })
      onWorkspace(next)
      return { name: next.name, company: next.company }
    },
    // saveProfile takes no expected version, so it never answers CONFLICT.
    reload: async () => saved,
  })
}
