import { Alert, Button, Drawer, Spin } from 'antd'
import { useEffect, useState } from 'react'
import type { FormScan } from '@shared/contract/export'
import type { BuyerFormFile } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { BlankPreview } from '@renderer/features/export/BlankPreview'
import { BUYER_FORMS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

/**
 * The blanks of one attached buyer's file as the full export fills them (export.formBlanks), each with a field
 * chooser: a change is saved with the file (export.mapForm, the same choice as `export map-form --map id=key`)
 * and the blanks are read again from the server, so what is shown is what will print. Each chooser picks from
 * the listed fields and is saved at once (nothing typed waits for a save); a choice the server refused is said at
 * its blank (`refusals`, by blank id), not behind the drawer.
 */
export function AttachedBlanks({
  bidId,
  entry,
  busy,
  onOverrides,
  refusals,
}: {
  bidId: string
  entry: BuyerFormFile
  busy: boolean
  /** Save the file's choices; `blankId`: the blank whose choice changed (where a refusal is said). */
  onOverrides(next: Record<string, string | null>, blankId: string): void
  refusals?: Record<string, string>
}) {
  const t = useLabels(BUYER_FORMS)
  const { pick } = useI18n()
  const [open, setOpen] = useState(false)
  const [scan, setScan] = useState<FormScan | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!open) return
    let live = true
    setError(null)
    call('export.formBlanks', { bidId, id: entry.id })
      .then((s) => live && setScan(s))
      .catch((e) => live && setError(pick(errorMessage(e))))
    return () => {
      live = false
    }
    // The saved choices change after a save (the bid is read back): the plan is read again.
  }, [open, bidId, entry.id, entry.overrides, pick])

  const change = (id: string, key: string | null | undefined) => {
    const next = { ...entry.overrides }
    if (key === undefined) delete next[id]
    else next[id] = key
    onOverrides(next, id)
  }

  return (
    <div style={{ marginTop: 6 }}>
      <Button size="small" data-testid="buyer-form-blanks-toggle" onClick={() => setOpen(true)}>
        {t.showBlanks}
      </Button>
      <Drawer
        open={open}
        width={960}
        title={`${entry.file.name} · ${t.showBlanks}`}
        onClose={() => setOpen(false)}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon message={error} />}
        {!error && !scan && <Spin />}
        {scan && (
          <div style={{ opacity: busy ? 0.6 : 1 }} data-testid="buyer-form-blanks">
            <BlankPreview
              blanks={scan.blanks}
              overrides={entry.overrides}
              onOverride={change}
              errors={refusals}
            />
          </div>
        )}
      </Drawer>
    </div>
  )
}
