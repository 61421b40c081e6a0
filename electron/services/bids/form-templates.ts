import type { FormTemplates } from '@shared/contract/bids'
import { expandContext } from '@shared/domain/export/build-model'
import { expandSection } from '@shared/domain/export/expand'
import { previewOf } from '@shared/domain/sections/form-catalog'
import { formTraits } from '@shared/domain/tender/form-match'
import { SectionSchema } from '@shared/schemas'
import { loadFormLibrary } from '../export/templates'
import type { WorkspaceSession } from '../store'

/**
 * The templates a section can be, each expanded as the export would write it for this bid (placeholders filled
 * with the bid's and the company's values), for the standard-form picker's preview.
 */
export async function formTemplates(
  ws: WorkspaceSession,
  input: { bidId: string },
  templatesDir?: string,
): Promise<FormTemplates> {
  const bid = await ws.get('bids', input.bidId)
  const lib = await loadFormLibrary({ workspaceDir: ws.dir, templatesDir })
  const ctx = expandContext({ bid, company: ws.workspace.company, materials: [], forms: lib })
  const hidden = [...lib.layout.front, lib.layout.divider]
  const templates = Object.entries(lib.forms)
    .filter(([key]) => !hidden.includes(key))
    .map(([key, form]) => {
      const section = SectionSchema.parse({
        id: 'preview',
        title: form.title,
        formKey: key,
        ...formTraits(form.title),
      })
      return {
        key,
        title: form.title,
        preview: previewOf(expandSection(section, form, { ...ctx, fields: [] })),
      }
    })
  return { templates, hidden }
}
