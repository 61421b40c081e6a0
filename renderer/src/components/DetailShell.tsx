import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Space, Spin, Tag, Typography } from 'antd'
import { useEffect, type ReactNode } from 'react'
import type { DocKind } from '@shared/schemas'
import { useI18n } from '../app/i18n'
import { navigate } from '../app/router'
import type { DocEditor } from '../hooks/useDocEditor'
import { focusWhenReady } from './focus-field'
import { LoadError } from './LoadError'
import { PageForm } from './PageForm'
import { DocSyncBar, HistoryButton } from '../features/sync/DocSyncBar'

const SAVE_COLOR = { saved: 'green', saving: 'blue', dirty: 'gold', error: 'red' } as const

/** Frame of every detail page: back link, title, save state, and the focus jump for ?focus=path. */
export function DetailShell<K extends DocKind>({
  kind,
  ed,
  focus,
  extra,
  children,
}: {
  kind: K
  ed: DocEditor<K>
  focus?: string | null
  extra?: ReactNode
  children: ReactNode
}) {
  const { t } = useI18n()
  // Once the document is on the page; not again on every edit of it.
  const loaded = !!ed.doc
  useEffect(() => (focus && loaded ? focusWhenReady(focus) : undefined), [focus, loaded])
  if (ed.error) return <LoadError error={ed.error} />
  if (!ed.doc) return <Spin />
  return (
    <div data-testid={`detail-${kind}`} data-doc-id={ed.doc.id}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(kind)}>
          {t('action.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {ed.doc.title}
        </Typography.Title>
        <Tag color={SAVE_COLOR[ed.state]}>{t(`save.${ed.state}`)}</Tag>
        {extra}
        <HistoryButton kind={kind} ed={ed} />
      </Space>
      <DocSyncBar kind={kind} ed={ed} />
      <PageForm>{children}</PageForm>
    </div>
  )
}
