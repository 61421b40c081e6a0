import {
  Alert,
  Button,
  Col,
  Descriptions,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { ImportPreview } from '../../../../shared/contract/scoring'
import { useI18n } from '../../app/i18n'
import { CATEGORY_OPTIONS, KIND_OPTIONS, colName, METHOD_OPTIONS } from './format'
import type { DraftItem, DraftProblem } from './merge'

export type Role = 'category' | 'name' | 'points' | 'criteria'
export interface Overrides {
  sheet?: string
  headerRow?: number
  columns?: Partial<Record<Role, number>>
}

const ROLES: [Role, string][] = [
  ['category', '类别'],
  ['name', '评分项'],
  ['points', '分值'],
  ['criteria', '评分标准'],
]

interface Props {
  preview: ImportPreview
  overrides: Overrides
  setOverrides(o: Overrides): void
  redetect(): void
  busy: boolean
  drafts: DraftItem[]
  setDrafts(d: DraftItem[]): void
  problems: DraftProblem[]
}

/** What was detected, the controls to correct it, and the items as they will be saved (editable). */
export function ImportPreviewView({
  preview,
  overrides,
  setOverrides,
  redetect,
  busy,
  drafts,
  setDrafts,
  problems,
}: Props) {
  const { pick } = useI18n()
  const d = preview.detection
  const headerRow = overrides.headerRow ?? d?.headerRow ?? null
  const mapping: Partial<Record<Role, number>> = { ...d?.columns, ...overrides.columns }
  const width = Math.max(1, ...preview.grid.map((r) => r.length))
  const headerCells = headerRow ? (preview.grid[headerRow - 1] ?? []) : []
  const colOptions = Array.from({ length: width }, (_, i) => ({
    value: i + 1,
    label: `${colName(i + 1)} 列${headerCells[i] ? '：' + headerCells[i].slice(0, 12) : ''}`,
  }))
  const roleOf = new Map(Object.entries(mapping).map(([role, c]) => [c as number, role as Role]))
  const err = (i: number, field: 'name' | 'maxPoints') =>
    problems.find((p) => p.index === i && p.field === field && p.severity === 'error')
  const edit = (i: number, patch: Partial<DraftItem>) =>
    setDrafts(drafts.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  return (
    <div data-testid="import-preview">
      <Row gutter={8} align="bottom" style={{ marginBottom: 8 }}>
        {preview.sheets.length > 1 && (
          <Col span={5}>
            <div>工作表</div>
            <Select
              id="import-sheet"
              style={{ width: '100%' }}
              value={overrides.sheet ?? preview.sheet}
              options={preview.sheets.map((s) => ({ value: s, label: s }))}
              onChange={(sheet) => setOverrides({ sheet })}
            />
          </Col>
        )}
        <Col span={3}>
          <div>表头行</div>
          <InputNumber
            id="import-header-row"
            min={1}
            style={{ width: '100%' }}
            value={headerRow}
            onChange={(v) => setOverrides({ ...overrides, headerRow: v ?? undefined })}
          />
        </Col>
        {ROLES.map(([role, label]) => (
          <Col span={role === 'criteria' || role === 'name' ? 4 : 3} key={role}>
            <div>{label}列</div>
            <Select
              id={`import-col-${role}`}
              style={{ width: '100%' }}
              value={mapping[role]}
              placeholder="未识别"
              options={colOptions}
              onChange={(c) =>
                setOverrides({ ...overrides, columns: { ...mapping, ...overrides.columns, [role]: c } })
              }
            />
          </Col>
        ))}
        <Col span={2}>
          <Button type="primary" ghost loading={busy} onClick={redetect} data-testid="redetect">
            重新识别
          </Button>
        </Col>
      </Row>
      {d && d.continuedSheets.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={`评分表在后续工作表中延续，已一并读取：${d.continuedSheets.map((c) => `“${c.sheet}”（第 ${c.headerRow} 行表头）`).join('、')}`}
        />
      )}
      {preview.problem && (
        <Alert type="error" showIcon message={pick(preview.problem)} data-testid="import-problem" />
      )}
      <Typography.Text type="secondary">
        工作表“{preview.sheet}”前 {preview.grid.length} 行（共 {preview.rowCount} 行）。点击行号可设为表头行。
      </Typography.Text>
      <div style={{ maxHeight: 180, overflow: 'auto', border: '1px solid #f0f0f0', marginBottom: 8 }}>
        <table
          data-testid="import-grid"
          style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%', tableLayout: 'fixed' }}
        >
          <thead>
            <tr>
              <th style={{ width: 36 }} />
              {Array.from({ length: width }, (_, i) => (
                <th key={i} style={{ padding: '2px 6px', background: '#fafafa', textAlign: 'left' }}>
                  {colName(i + 1)}{' '}
                  {roleOf.has(i + 1) && (
                    <Tag color="blue">{ROLES.find(([r]) => r === roleOf.get(i + 1))![1]}</Tag>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.grid.map((r, ri) => (
              <tr key={ri} style={{ background: ri + 1 === headerRow ? '#e6f4ff' : undefined }}>
                <td
                  style={{ padding: '2px 6px', color: '#888', cursor: 'pointer', whiteSpace: 'nowrap' }}
                  title="设为表头行"
                  onClick={() => setOverrides({ ...overrides, headerRow: ri + 1 })}
                >
                  {ri + 1}
                </td>
                {Array.from({ length: width }, (_, ci) => (
                  <td
                    key={ci}
                    style={{
                      padding: '2px 6px',
                      borderTop: '1px solid #f5f5f5',
                      maxWidth: 220,
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {r[ci] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d && (
        <>
          <Descriptions size="small" column={4} bordered data-testid="import-summary">
            <Descriptions.Item label="评分项">{drafts.length} 项</Descriptions.Item>
            <Descriptions.Item label="分值合计">
              <span data-testid="import-total">
                {Math.round(
                  drafts.reduce((s, x) => s + (x.maxPoints != null && x.maxPoints > 0 ? x.maxPoints : 0), 0) *
                    100,
                ) / 100}
              </span>
              {d.statedTotal != null && `（表中合计 ${d.statedTotal}）`}
            </Descriptions.Item>
            <Descriptions.Item label="类别">
              {Object.entries(d.categories)
                .map(([k, v]) => `${k} ${v}`)
                .join('，')}
            </Descriptions.Item>
            <Descriptions.Item label="价格规则">
              {d.priceRule?.method ? METHOD_OPTIONS.find((o) => o.value === d.priceRule!.method)?.label : '—'}
              {d.priceRule?.weight != null && `，${d.priceRule.weight} 分`}
            </Descriptions.Item>
          </Descriptions>
          {problems.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type={problems.some((p) => p.severity === 'error') ? 'error' : 'warning'}
              showIcon
              data-testid="import-warnings"
              message={
                <div style={{ maxHeight: 96, overflow: 'auto' }}>
                  {problems.map((p, i) => (
                    <div key={i}>{pick(p.message)}</div>
                  ))}
                </div>
              }
            />
          )}
          {d.warnings.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              data-testid="import-notes"
              message={
                <div style={{ maxHeight: 72, overflow: 'auto' }}>
                  <b>识别时的提示</b>（按文件原样；修改下表后以上方校验为准）
                  {d.warnings.map((w, i) => (
                    <div key={i}>{pick(w)}</div>
                  ))}
                </div>
              }
            />
          )}
          <Table<DraftItem & { __i: number }>
            style={{ marginTop: 8 }}
            size="small"
            rowKey="__i"
            pagination={false}
            scroll={{ y: 260 }}
            data-testid="import-items"
            dataSource={drafts.map((x, i) => ({ ...x, __i: i }))}
            columns={[
              {
                title: '类别',
                width: 90,
                render: (_, r) => (
                  <Select
                    size="small"
                    style={{ width: '100%' }}
                    value={r.category}
                    options={CATEGORY_OPTIONS.map((c) => ({ value: c, label: c }))}
                    onChange={(category) => edit(r.__i, { category })}
                  />
                ),
              },
              {
                title: '评分项',
                width: 200,
                render: (_, r) => (
                  <Input
                    size="small"
                    value={r.name}
                    status={err(r.__i, 'name') ? 'error' : undefined}
                    onChange={(e) => edit(r.__i, { name: e.target.value })}
                  />
                ),
              },
              {
                title: '分值',
                width: 90,
                render: (_, r) => (
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    value={r.maxPoints}
                    status={err(r.__i, 'maxPoints') ? 'error' : undefined}
                    id={`import-points-${r.__i}`}
                    onChange={(v) => edit(r.__i, { maxPoints: v ?? null })}
                  />
                ),
              },
              {
                title: '类型',
                width: 80,
                render: (_, r) => (
                  <Select
                    size="small"
                    style={{ width: '100%' }}
                    value={r.kind}
                    options={[...KIND_OPTIONS]}
                    onChange={(kind) => edit(r.__i, { kind })}
                  />
                ),
              },
              { title: '评分标准', dataIndex: 'criteria', ellipsis: true },
            ]}
          />
          <Space style={{ marginTop: 4 }}>
            <Button
              size="small"
              onClick={() =>
                setDrafts([
                  ...drafts,
                  { category: '技术', name: '', maxPoints: 0, criteria: '', kind: 'subjective' },
                ])
              }
            >
              添加一行
            </Button>
          </Space>
        </>
      )}
    </div>
  )
}
