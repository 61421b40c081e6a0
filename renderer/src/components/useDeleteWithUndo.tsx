import { App, Button } from 'antd'
import { useCallback, useEffect, useRef } from 'react'
import type { DocKind } from '@shared/schemas'
import { call } from '../api/client'
import { docsApi } from '../api/docs'
import { useI18n } from '../app/i18n'
import { errorMessage } from '@renderer/api/error-text'

/**
 * Delete for every list: confirm, move to the trash, and offer 撤销 for a few seconds. The undo toasts
 * are withdrawn when the list goes away, so an undo never fires against a page that is gone.
 */
export function useDeleteWithUndo(kind: DocKind, reload: () => Promise<unknown>) {
  const { t, pick } = useI18n()
  const { modal, message } = App.useApp()
  const undoKeys = useRef(new Set<string>())
  useEffect(() => {
    const keys = undoKeys.current
    return () => keys.forEach((k) => message.destroy(k))
  }, [message])

  return useCallback(
    (row: { id: string; title: string }) => {
      const errText = (e: unknown) => pick(errorMessage(e))
      modal.confirm({
        title: t('confirm.delete', { title: row.title }),
        okButtonProps: { danger: true },
        okText: t('action.delete'),
        cancelText: t('action.cancel'),
        onOk: async () => {
          try {
            await docsApi(kind).delete(row.id)
            await reload()
            const key = `undo-${kind}-${row.id}`
            undoKeys.current.add(key)
            message.open({
              key,
              type: 'success',
              duration: 6,
              content: (
                <span>
                  {t('deleted.toast', { title: row.title })}{' '}
                  <Button
                    size="small"
                    type="link"
                    onClick={async () => {
                      message.destroy(key)
                      await call('trash.restore', { kind, id: row.id }).catch((e) =>
                        message.error(errText(e)),
                      )
                      await reload()
                    }}
                  >
                    {t('action.undo')}
                  </Button>
                </span>
              ),
            })
          } catch (e) {
            message.error(errText(e))
          }
        },
      })
    },
    [kind, reload, modal, message, t, pick],
  )
}
