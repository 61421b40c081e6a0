import { Empty, Table, Tag } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import { normalizeName } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { trailingColumns } from '@renderer/components/listColumns'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { ListToolbar } from '@renderer/components/ListToolbar'
import { useDeleteWithUndo } from '@renderer/components/useDeleteWithUndo'
import { DuplicatesPanel } from './DuplicatesPanel'
import { L as LABELS } from './labels'
import { NamesDialog } from './NamesDialog'
import { errorMessage } from '@renderer/api/error-text'
import { useLoaded } from '@renderer/hooks/useLoaded'

type Dialog = { mode: 'create' } | { mode: 'rename'; row: Competitor } | null

/**
 * The competitor registry of the workspace. Creating and renaming go through the server's name
 * check (no two competitors by the same name or alias); suspected duplicates are listed above with
 * a merge. Delete moves to the trash, with undo.
 */
export function CompetitorRegistry() {
  const { t, pick } = useI18n()
  const L = useLabels(LABELS)
  const [query, setQuery] = useState('')
  const [dialog, setDialog] = useState<Dialog>(null)
  const [rows, load] = useLoaded(useCallback(() => call('competitors.all', {}), []))

  const shown = useMemo(() => {
    const q = query.trim()
    const key = q ? normalizeName(q) : ''
    return (rows ?? [])
      .filter(
        (r) =>
          !q ||
          [r.title, ...r.aliases, ...r.products].some((s) => s.includes(q) || normalizeName(s).includes(key)),
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }, [rows, query])

  const errText = (e: unknown) => pick(errorMessage(e))

  const remove = useDeleteWithUndo('competitors', load)

  return (
    <div data-testid="list-competitors">
      {rows && <DuplicatesPanel registry={rows} onMerged={load} />}
      <ListToolbar query={query} onQuery={setQuery} onCreate={() => setDialog({ mode: 'create' })} />
      <Table<Competitor>
        rowKey="id"
        size="middle"
        loading={rows === null}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={(r) => ({ onDoubleClick: () => navigate('competitors', r.id) })}
        columns={[
          {
            title: t('list.title'),
            dataIndex: 'title',
            render: (v: string, r) => <a onClick={() => navigate('competitors', r.id)}>{v}</a>,
          },
          {
            title: L.aliases,
            key: 'aliases',
            render: (_: unknown, r) => r.aliases.map((a) => <Tag key={a}>{a}</Tag>),
          },
          {
            title: L.products,
            key: 'products',
            ellipsis: true,
            render: (_: unknown, r) => r.products.join(L.listSep),
          },
          ...trailingColumns<Competitor>(t, (r) => setDialog({ mode: 'rename', row: r }), remove),
        ]}
      />
      {dialog && (
        <NamesDialog
          title={
            dialog.mode === 'create' ? t('created.title', { kind: t('nav.competitors') }) : t('action.rename')
          }
          initial={dialog.mode === 'rename' ? dialog.row.title : ''}
          withAliases={dialog.mode === 'create'}
          onCancel={() => setDialog(null)}
          onSubmit={async ({ title, aliases }) => {
            try {
              if (dialog.mode === 'create') {
                const doc = await call('competitors.add', { title, aliases })
                setDialog(null)
                navigate('competitors', doc.id)
              } else {
                await call('competitors.setNames', { id: dialog.row.id, title })
                setDialog(null)
                await load()
              }
              return null
            } catch (e) {
              return errText(e)
            }
          }}
        />
      )}
    </div>
  )
}
