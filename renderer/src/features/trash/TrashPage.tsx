import { Button, Empty, Table, message } from 'antd'
import { useEffect, useState } from 'react'
import type { z } from 'zod'
import type { TrashEntrySchema } from '../../../../shared/contract'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'

type Entry = z.infer<typeof TrashEntrySchema>

const KIND_LABEL: Record<string, string> = {
  bids: '投标项目',
  materials: '资料',
  competitors: '竞争对手',
  matrices: '评分矩阵',
  negotiations: '谈判方案',
}

export function TrashPage() {
  const { t, pick } = useI18n()
  const [rows, setRows] = useState<Entry[] | null>(null)
  const load = () => call('trash.list', {}).then(setRows)
  useEffect(() => {
    void load()
  }, [])
  return (
    <Table<Entry>
      rowKey={(r) => `${r.kind}/${r.id}`}
      loading={rows === null}
      dataSource={rows ?? []}
      locale={{ emptyText: <Empty description={t('trash.empty')} /> }}
      pagination={false}
      columns={[
        { title: t('list.title'), dataIndex: 'title' },
        { title: t('trash.kind'), dataIndex: 'kind', render: (k: string) => KIND_LABEL[k] ?? k },
        {
          title: t('trash.deletedAt'),
          dataIndex: 'deletedAt',
          render: (v: string) => (v ? new Date(v).toLocaleString() : ''),
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
                  message.error(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
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
