import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  List,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useMemo, useState } from 'react'
import type { Material } from '../../../../shared/schemas'
import { useI18n } from '../../app/i18n'
import { navigate } from '../../app/router'
import { DocList } from '../../components/DocList'
import {
  expiryDashboard,
  searchMaterials,
  type ExpiryBucket,
} from '../../../../shared/domain/materials-library'
import { RenewDialog } from './RenewDialog'
import { showRenewed } from './renewed'
import { useLibrary } from './useLibrary'

const BUCKETS: { key: ExpiryBucket; label: string; color: string }[] = [
  { key: 'expired', label: '已过期', color: 'red' },
  { key: 'within30', label: '30 天内到期', color: 'orange' },
  { key: 'within90', label: '90 天内到期', color: 'gold' },
]

/** 资料库: the expiry dashboard and full-text search above the list of materials. */
export function MaterialsLibrary() {
  const { t, pick } = useI18n()
  const { modal } = App.useApp()
  const { library, error, reload } = useLibrary()
  const [bucket, setBucket] = useState<ExpiryBucket | null>(null)
  const [query, setQuery] = useState('')
  const [renewing, setRenewing] = useState<Material | null>(null)
  const [listKey, setListKey] = useState(0)
  const rows = useMemo(
    () => (library ? expiryDashboard(library.materials, library.bids, new Date()) : []),
    [library],
  )
  const hits = useMemo(() => (library ? searchMaterials(library.materials, query) : []), [library, query])
  const shown = bucket ? rows.filter((r) => r.bucket === bucket) : rows

  const header = (
    <div data-testid="materials-dashboard" style={{ marginBottom: 12 }}>
      {error && <Alert type="error" showIcon message={pick({ zh: error.zh, en: error.en })} />}
      <Row gutter={12}>
        {BUCKETS.map((b) => (
          <Col span={8} key={b.key}>
            <Card
              size="small"
              hoverable
              onClick={() => setBucket(bucket === b.key ? null : b.key)}
              style={{ borderColor: bucket === b.key ? '#1677ff' : undefined }}
              data-testid={`bucket-${b.key}`}
            >
              <Statistic
                title={<Tag color={b.color}>{b.label}</Tag>}
                value={rows.filter((r) => r.bucket === b.key).length}
                suffix="份"
              />
            </Card>
          </Col>
        ))}
      </Row>
      {shown.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey={(r) => r.material.id}
          dataSource={shown}
          pagination={shown.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            {
              title: '资料',
              render: (_, r) => (
                <a onClick={() => navigate('materials', r.material.id)}>{r.material.title}</a>
              ),
            },
            { title: '类型', width: 120, render: (_, r) => r.material.kind },
            {
              title: '有效期至',
              width: 170,
              render: (_, r) => (
                <Tag color={r.bucket === 'expired' ? 'red' : r.bucket === 'within30' ? 'orange' : 'gold'}>
                  {r.material.validTo} ·{' '}
                  {r.days < 0 ? t('days.overdue', { n: -r.days }) : t('days.left', { n: r.days })}
                </Tag>
              ),
            },
            {
              title: '使用中的投标项目',
              render: (_, r) =>
                r.openBids.length ? (
                  <Space size={4} wrap>
                    {r.openBids.map((b) => (
                      <Tag key={b.id} style={{ cursor: 'pointer' }} onClick={() => navigate('bids', b.id)}>
                        {b.title}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">无</Typography.Text>
                ),
            },
            {
              title: '',
              width: 80,
              render: (_, r) => (
                <Button size="small" onClick={() => setRenewing(r.material)} data-testid="renew">
                  续期
                </Button>
              ),
            },
          ]}
        />
      )}
      <Input.Search
        allowClear
        style={{ marginTop: 12, width: 480 }}
        placeholder="全文搜索：名称、发证机构、证书编号、标签、内容"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        id="materials-search"
      />
      {query.trim() && (
        <List
          size="small"
          bordered
          style={{ marginTop: 8 }}
          data-testid="materials-hits"
          dataSource={hits}
          locale={{ emptyText: <Empty description="没有匹配的资料" /> }}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={<a onClick={() => navigate('materials', h.material.id)}>{h.material.title}</a>}
                description={
                  <span>
                    <Tag>{h.material.kind}</Tag>
                    {h.excerpt}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  )

  return (
    <>
      <DocList key={listKey} kind="materials" kindLabel={t('nav.materials')} header={header} />
      {renewing && (
        <RenewDialog
          material={renewing}
          onCancel={() => setRenewing(null)}
          onDone={(r) => {
            setRenewing(null)
            void reload()
            setListKey((k) => k + 1)
            showRenewed(modal, r, () => undefined)
          }}
        />
      )}
    </>
  )
}
