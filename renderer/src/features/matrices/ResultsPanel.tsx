import { Alert, Card, List, Table, Tag, Tooltip, Typography } from 'antd'
import type { MatrixAnalysis, MatrixFinding } from '../../../../shared/domain/scoring/matrix'
import type { BidderStanding } from '../../../../shared/domain/scoring/standings'
import { MoneyField, type Binder } from '../../components/fields'
import { useI18n } from '../../app/i18n'
import { pts, wan, yuan } from './format'

const SEVERITY = {
  error: { color: 'red', label: '错误' },
  warning: { color: 'orange', label: '警告' },
  advice: { color: 'blue', label: '提示' },
} as const

function Overtake({ a }: { a: MatrixAnalysis }) {
  const o = a.overtake
  if (!o) return null
  switch (o.status) {
    case 'leading':
      return (
        <span data-testid="overtake" data-status="leading">
          我方领先{o.leader ? `（第二名：${o.leader.name} ${pts(o.leader.total)} 分）` : ''}
        </span>
      )
    case 'found':
      return (
        <span data-testid="overtake" data-status="found" data-price={o.price}>
          报价降至 <b>{yuan(o.price)}</b>（降 {o.cutPct?.toFixed(2)}%）可超过 {o.leader?.name}
        </span>
      )
    case 'impossible':
      return (
        <span data-testid="overtake" data-status="impossible">
          单靠降价无法超过 {o.leader?.name}：需提高商务/技术得分
        </span>
      )
    default:
      return (
        <span data-testid="overtake" data-status="noCompetitors">
          还没有填写报价的竞争对手
        </span>
      )
  }
}

/**
 * The live results at our current price: every bidder's price score, total and rank, the price at which
 * we overtake the leader, the sensitivity to a 1 % cut, and every finding of the matrix.
 */
export function ResultsPanel({
  b,
  a,
  onFocusItem,
}: {
  b: Binder
  a: MatrixAnalysis
  onFocusItem(id: string): void
}) {
  const { pick } = useI18n()
  const s = a.standings
  const findings = [...a.findings].sort((x, y) => order(x) - order(y))
  return (
    <Card size="small" title="实时结果" data-testid="results">
      <MoneyField b={b} path={['ourPrice']} label="我方报价（试算）" />
      {s ? (
        <>
          <Table<BidderStanding>
            size="small"
            rowKey="bidderId"
            pagination={false}
            dataSource={[...s.bidders].sort((x, y) => x.rank - y.rank)}
            onRow={(r) =>
              ({
                'data-testid': `standing-${r.isUs ? 'us' : r.bidderId}`,
                'data-rank': r.rank,
                'data-total': r.total,
              }) as never
            }
            columns={[
              { title: '排名', dataIndex: 'rank', width: 52 },
              {
                title: '投标人',
                render: (_, r) => (
                  <span>
                    {r.name} {r.isUs && <Tag color="blue">我方</Tag>}
                    {r.sme && <Tag>小微</Tag>}
                  </span>
                ),
              },
              {
                title: '报价',
                width: 96,
                render: (_, r) => (
                  <span
                    title={`报价 ${yuan(r.price)}，评审价 ${yuan(r.evaluatedPrice)}`}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {wan(r.price)}
                  </span>
                ),
              },
              { title: '价格分', render: (_, r) => (s.pointsUsed ? pts(r.priceScore) : '—'), width: 70 },
              {
                title: '总分',
                width: 70,
                render: (_, r) => (
                  <Tooltip
                    title={Object.entries(r.categories)
                      .filter(([k, v]) => v > 0 || k === '价格')
                      .map(([k, v]) => `${k} ${pts(v)}`)
                      .join('，')}
                  >
                    <b>{pts(r.total)}</b>
                  </Tooltip>
                ),
              },
            ]}
          />
          <div style={{ marginTop: 8, lineHeight: 1.9 }}>
            {s.benchmark != null && <div>评标基准价：{yuan(s.benchmark)}</div>}
            <div>
              <Overtake a={a} />
            </div>
            {a.sensitivity && s.pointsUsed && (
              <div data-testid="sensitivity" data-points={a.sensitivity.pointsPerPctCut.toFixed(4)}>
                敏感度：每降价 1%，我方总分 {a.sensitivity.pointsPerPctCut >= 0 ? '+' : ''}
                {a.sensitivity.pointsPerPctCut.toFixed(3)} 分，对领先者差距{' '}
                {a.sensitivity.marginPerPctCut >= 0 ? '+' : ''}
                {a.sensitivity.marginPerPctCut.toFixed(3)} 分
              </div>
            )}
          </div>
          {s.excluded.length + s.warnings.length > 0 && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              message={[...s.excluded.map((e) => pick(e.reason)), ...s.warnings.map(pick)].map((t, i) => (
                <div key={i}>{t}</div>
              ))}
            />
          )}
        </>
      ) : (
        <Alert type="warning" showIcon message="暂时无法计算排名：请先修正下列错误" />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        分值合计 {pts(a.totalMaxPoints, 2)}
        {a.totalMaxPoints > 0 &&
          '：' +
            Object.entries(a.categoryMaxPoints)
              .filter(([, v]) => v > 0)
              .map(([k, v]) => `${k} ${v}`)
              .join('，')}
      </Typography.Text>
      {findings.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8, maxHeight: 320, overflow: 'auto' }}
          data-testid="findings"
          dataSource={findings}
          renderItem={(f) => (
            <List.Item
              data-testid={`finding-${f.code}`}
              style={{ cursor: f.itemId ? 'pointer' : undefined, padding: '4px 0' }}
              onClick={() => f.itemId && onFocusItem(f.itemId)}
            >
              <span>
                <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag>
                {pick(f.message)}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}

function order(f: MatrixFinding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2
}
