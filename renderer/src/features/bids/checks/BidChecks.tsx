import { App } from 'antd'
import { memo, useCallback, useRef, useState } from 'react'
import type { Finding } from '@shared/domain/checks'
import { BidSchema, type Bid } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { AckDialog } from './AckDialog'
import { CheckPanel } from './CheckPanel'
import { downloadBase64, printHtml } from '@renderer/api/files'
import { L as LABELS } from './labels'
import { useChecks, type CheckContext } from './useChecks'
import { errorMessage } from '@renderer/api/error-text'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Props {
  ed: DocEditor<'bids'>
  ctx: CheckContext | null
  /** Focus a field of this bid (also when the address already points at it). */
  goTo(path: string): void
}

/** The check panel wired to the bid being edited: live results, jumps, acknowledgements, export and print. */
export const BidChecks = memo(function BidChecks({ ed, ctx, goTo }: Props) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const { message } = App.useApp()
  const state = useChecks(ed.doc, ctx)
  const [acking, setAcking] = useState<Finding | null>(null)
  const [busy, setBusy] = useState<'xlsx' | 'print' | null>(null)
  // Callbacks read the latest document through a ref so the memoised list items never re-render for them.
  const latest = useRef<Bid | null>(ed.doc)
  latest.current = ed.doc
  const set = ed.set
  const save = useRef(ed.saveNow)
  save.current = ed.saveNow

  const onGo = useCallback(
    (f: Finding) => {
      const { doc, docId, path } = f.location
      if (doc === 'bid' && docId === latest.current?.id) {
        const target = `#/bids/${encodeURIComponent(docId)}?focus=${encodeURIComponent(path)}`
        if (window.location.hash === target) goTo(path)
        else navigate('bids', docId, path)
      } else if (doc === 'material') navigate('materials', docId, path)
      else if (doc === 'matrix') navigate('matrices', docId, path)
      else if (doc === 'workspace') navigate('company', null, path)
      else navigate('bids', docId, path)
    },
    [goTo],
  )
  const onUnack = useCallback(
    (f: Finding) => {
      const bid = latest.current
      if (bid)
        set(
          'acknowledgements',
          bid.acknowledgements.filter((a) => a.key !== f.key),
        )
    },
    [set],
  )
  const onAck = useCallback((f: Finding) => setAcking(f), [])
  const saveAck = (reason: string, by: string) => {
    const bid = latest.current
    if (!bid || !acking) return
    const ack = { key: acking.key, ruleId: acking.ruleId, reason, by, at: new Date().toISOString() }
    set('acknowledgements', [...bid.acknowledgements.filter((a) => a.key !== acking.key), ack])
    setAcking(null)
  }

  const fail = (e: unknown) => message.error(pick(errorMessage(e)))
  // Export and print read the saved bid, so pending edits are saved first; an unsaveable edit is said, not hidden.
  const savedFirst = async (): Promise<void> => {
    await save.current()
    if (latest.current && !BidSchema.safeParse(latest.current).success) {
      message.warning(L.unsavedWarning)
    }
  }
  const onExport = useCallback(async () => {
    const bid = latest.current
    if (!bid) return
    setBusy('xlsx')
    try {
      await savedFirst()
      const { dataBase64, fileName } = await call('checks.exportXlsx', { bidId: bid.id })
      downloadBase64(dataBase64, fileName, XLSX_MIME)
    } catch (e) {
      fail(e)
    } finally {
      setBusy(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const onPrint = useCallback(async () => {
    const bid = latest.current
    if (!bid) return
    setBusy('print')
    try {
      await savedFirst()
      const { html } = await call('checks.reportHtml', { bidId: bid.id })
      printHtml(html)
    } catch (e) {
      fail(e)
    } finally {
      setBusy(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <>
      <CheckPanel
        state={state}
        busy={busy}
        onGo={onGo}
        onAck={onAck}
        onUnack={onUnack}
        onExport={onExport}
        onPrint={onPrint}
      />
      {acking && <AckDialog finding={acking} onCancel={() => setAcking(null)} onOk={saveAck} />}
    </>
  )
})
