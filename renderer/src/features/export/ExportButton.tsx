import { ExportOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useI18n } from '../../app/i18n'
import { ExportDialog, type ExportDialogProps } from './ExportDialog'

/** The export entry point of a bid page: a button that opens the export dialog. */
export function ExportButton(props: Omit<ExportDialogProps, 'open' | 'onClose'>) {
  const { lang } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="export-button">
        {lang === 'zh' ? '导出' : 'Export'}
      </Button>
      <ExportDialog {...props} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
