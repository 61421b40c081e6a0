import { ExportOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useLabels } from '@renderer/app/use-labels'
import { ExportDialog, type ExportDialogProps } from './ExportDialog'
import { L as LABELS } from './labels'

/** The export entry point of a bid page: a button that opens the export dialog. */
export function ExportButton(props: Omit<ExportDialogProps, 'open' | 'onClose'>) {
  const L = useLabels(LABELS)
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="export-button">
        {L.export}
      </Button>
      <ExportDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
