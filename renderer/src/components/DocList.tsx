import { App, Empty, Table, Tag } from 'antd'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import type { Lang } from '@shared/i18n'
import { PIPELINE_STAGES, type DocKind, type IndexEntry } from '@shared/schemas'
import { docsApi } from '../api/docs'
import { useI18n } from '../app/i18n'
import { enumLabel } from '../app/use-labels'
import { trailingColumns } from './listColumns'
import { navigate } from '../app/router'
import { TitleDialog } from './TitleDialog'
import { ListToolbar } from './ListToolbar'
import { useDeleteWithUndo } from './useDeleteWithUndo'
import { DueTag } from './DueTag'
import { STAGE } from '../app/enum-labels'
import { useLoaded } from '@renderer/hooks/useLoaded'
import { errorMessage } from '@renderer/api/error-text'

interface Props {
  kind: DocKind
  kindLabel: string
  /** Extra content above the table (dashboards). */
  header?: ReactNode
  /** The line under each title as this language shows it (stored values by their label); shown as stored without it. */
  subtitle?: (stored: string, lang: Lang) => string
}

/** The list of one document kind, with create / open / rename / delete (to the trash, with undo). */
export function DocList({ kind, kindLabel, header, subtitle = (s) => s }: Props) {
  const { t, lang, pick } = useI18n()
  const { message } = App.useApp()
  const [query, setQuery] = useState('')
  const [dialog, setDialog] = useState<{ mode: 'create' } | { mode: 'rename'; row: IndexEntry } | null>(null)

  const [rows, load] = useLoaded(useCallback(() => docsApi(kind).list(), [kind]))

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    const list = (rows ?? []).filter(
      (r) =>
        !q ||
        [r.title, r.subtitle, subtitle(r.subtitle, lang), ...r.tags].some((s) => s.toLowerCase().includes(q)),
    )
    return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }, [rows, query, subtitle, lang])

  const fail = (e: unknown) => message.error(pick(errorMessage(e)))

  const remove = useDeleteWithUndo(kind, load)

  return (
    <div data-testid={`list-${kind}`}>
      {header}
      <ListToolbar query={query} onQuery={setQuery} onCreate={() => setDialog({ mode: 'create' })} />
      <Table<IndexEntry>
        rowKey="id"
        size="middle"
        loading={rows === null}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={(r) => ({ onDoubleClick: () => navigate(kind, r.id) })}
        columns={[
          {
            title: t('list.title'),
            dataIndex: 'title',
            render: (v: string, r) => <a onClick={() => navigate(kind, r.id)}>{v}</a>,
          },
          {
            title: t('list.subtitle'),
            dataIndex: 'subtitle',
            ellipsis: true,
            render: (s: string) => subtitle(s, lang),
          },
          ...(kind === 'bids'
            ? [
                {
                  title: t('list.stage'),
                  dataIndex: 'stage',
                  width: 170,
                  render: (s: number | null) =>
                    s ? (
                      <Tag color="blue">{`${s} ${enumLabel(STAGE, PIPELINE_STAGES[s - 1], lang)}`}</Tag>
                    ) : null,
                },
              ]
            : []),
          ...(kind === 'bids' || kind === 'materials'
            ? [
                {
                  title: t('list.due'),
                  dataIndex: 'due',
                  width: 190,
                  render: (d: string | null) => <DueTag date={d} />,
                },
              ]
            : []),
          ...trailingColumns<IndexEntry>(t, (r) => setDialog({ mode: 'rename', row: r }), remove),
        ]}
      />
      {dialog && (
        <TitleDialog
          title={dialog.mode === 'create' ? t('created.title', { kind: kindLabel }) : t('action.rename')}
          initial={dialog.mode === 'rename' ? dialog.row.title : ''}
          onCancel={() => setDialog(null)}
          onSubmit={async (title) => {
            try {
              if (dialog.mode === 'create') {
                const doc = await docsApi(kind).create(title)
                setDialog(null)
                navigate(kind, doc.id)
              } else {
                await docsApi(kind).rename(dialog.row.id, title)
                setDialog(null)
                await load()
              }
            } catch (e) {
              fail(e)
            }
          }}
        />
      )}
    </div>
  )
}
