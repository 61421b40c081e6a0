import { PlusOutlined } from '@ant-design/icons'
import { Button, Input, Space, type InputRef } from 'antd'
import { useEffect, useRef } from 'react'
import { useI18n } from '../app/i18n'

/** Above every list: 新建 and the search box, which Ctrl+K (⌘K) focuses from anywhere on the page. */
export function ListToolbar({
  query,
  onQuery,
  onCreate,
}: {
  query: string
  onQuery(q: string): void
  onCreate(): void
}) {
  const { t } = useI18n()
  const search = useRef<InputRef>(null)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        search.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="create">
        {t('action.create')}
      </Button>
      <Input.Search
        ref={search}
        allowClear
        placeholder={t('list.search')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        style={{ width: 320 }}
      />
    </Space>
  )
}
