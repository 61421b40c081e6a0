import { FileSearchOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { navigate } from '@renderer/app/router'
import { useLabels } from '@renderer/app/use-labels'
import { TI } from './labels'
import { TenderWizard } from './TenderWizard'

/** 导入招标文件 (new bid, from the list) or 从招标文件更新 (this bid, from its page). */
export function TenderImportButton({
  bidId,
  onApplied,
  beforeOpen,
}: {
  bidId?: string
  onApplied?: () => void
  /** Saves pending edits first, so the update starts from what the user sees. */
  beforeOpen?: () => Promise<unknown>
}) {
  const L = useLabels(TI)
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        icon={<FileSearchOutlined />}
        onClick={() => void (beforeOpen?.() ?? Promise.resolve()).then(() => setOpen(true))}
        data-testid="tender-import-open"
      >
        {bidId ? L.reopen : L.open}
      </Button>
      {open && (
        <TenderWizard
          bidId={bidId}
          onCancel={() => setOpen(false)}
          onApplied={(r) => {
            setOpen(false)
            onApplied?.()
            if (r.created) navigate('bids', r.bidId)
            else void message.success(L.reopen)
          }}
        />
      )}
    </>
  )
}
