import { Button, Empty, Table, message } from 'antd'
import { useCallback } from 'react'
import type { z } from 'zod'
import type { TrashEntrySchema } from '@shared/contract'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel } from '@renderer/app/use-labels'
import { Timestamp } from '@renderer/components/DateInput'
import { KIND } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { useLoaded } from '@renderer/hooks/useLoaded'

type Entry = z.infer<typeof TrashEntrySchema>

export function TrashPage() {
  const { t, lang, pick } = useI18n()
  const [rows, load] = useLoaded(useCallback(() => call('trash.list', {}), []))
  return (
    <Table<Entry>
      rowKey={(r) => `${r.kind}/${r.id}`}
      loading={rows === null}
      dataSource={rows ?? []}
      locale={{ emptyText: <Empty description={t('trash.empty')} /> }}
      pagination={false}
      columns={[
        { title: t('list.title'), dataIndex: 'title' },
        { title: t('trash.kind'), dataIndex: 'kind', render: (k: string) => enumLabel(KIND, k, lang) },
        {
          title: t('trash.deletedAt'),
          dataIndex: 'deletedAt',
          render: (v: string) => <Timestamp iso={v} />,
        },
        {
          title: t('list.actions'),
          key: 'a',
          render: (_: unknown, r) => (
            <Button
              size="small"
              onClick={async () => {
                try {
                  await call('trash.restore', { kind: r.kind, id: r.id })
                  await load()
                } catch (e) {
                  message.error(pick(errorMessage(e)))
                }
              }}
            >
              {t('action.restore')}
            </Button>
          ),
        },
      ]}
    />
  )
}
