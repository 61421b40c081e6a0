import { Alert, Card, List, Table, Tag, Tooltip, Typography } from 'antd'
import type { LinkedMatrix } from '@shared/domain/matrices/link'
import type { MatrixAnalysis, MatrixFinding } from '@shared/domain/matrices/matrix'
import type { BidderStanding } from '@shared/domain/matrices/standings'
import type { Lang } from '@shared/i18n'
import type { Matrix } from '@shared/schemas'
import { MoneyField, type Binder } from '@renderer/components/fields'
import { rowAttrs } from '@renderer/components/row-attrs'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels, type Labels } from '@renderer/app/use-labels'
import { categoryList, pts, wan, yuan } from './format'
import { RESULTS, SEVERITY, UNIT } from './labels'

const SEVERITY_COLOR = { error: 'red', warning: 'orange', advice: 'blue' } as const

function Overtake({ a, L, lang }: { a: MatrixAnalysis; L: Labels<typeof RESULTS>; lang: Lang }) {
  const o = a.overtake
  if (!o) return null
  const name = o.leader?.name ?? ''
  switch (o.status) {
    case 'leading':
      return (
        <span data-testid="overtake" data-status="leading">
          {o.leader ? fmt(L.leadingOver, { name, points: pts(o.leader.total) }) : L.leading}
        </span>
      )
    case 'found':
      return (
        <span data-testid="overtake" data-status="found" data-price={o.price}>
          {L.cutTo}
          <b>{yuan(o.price, lang)}</b>
          {fmt(L.cutOvertakes, { pct: o.cutPct?.toFixed(2) ?? '', name })}
        </span>
      )
    case 'impossible':
      return (
        <span data-testid="overtake" data-status="impossible">
          {fmt(L.impossible, { name })}
        </span>
      )
    default:
      return (
        <span data-testid="overtake" data-status="noCompetitors">
          {L.noCompetitors}
        </span>
      )
  }
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(3)}`

/**
 * The live results at our current price: every bidder's price score, total and rank, the price at which
 * we overtake the leader, the sensitivity to a 1 % cut, and every finding of the matrix.
 */
export function ResultsPanel({
  b,
  a,
  linked,
  onFocusItem,
}: {
  b: Binder<Matrix>
  a: MatrixAnalysis
  linked: LinkedMatrix
  onFocusItem(id: string): void
}) {
  const { pick, lang } = useI18n()
  const L = useLabels(RESULTS)
  const SEV = useLabels(SEVERITY)
  const U = useLabels(UNIT)
  const s = a.standings
  const findings = [...a.findings].sort((x, y) => order(x) - order(y))
  const invalid = linked.matrix.bidders.filter((x) => x.invalid && !x.isUs)
  return (
    <Card size="small" title={L.title} data-testid="results">
      {linked.price ? (
        <div data-testid="our-price-from-bid" data-price={linked.price.value} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{L.ourPriceFromBid}</Typography.Text>
          <div>
            <b>{yuan(linked.price.value, lang)}</b>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {L.ourPriceFromBidHelp}
          </Typography.Text>
        </div>
      ) : (
        <MoneyField b={b} path={'ourPrice'} label={L.ourPrice} />
      )}
      {s ? (
        <>
          <Table<BidderStanding>
            size="small"
            rowKey="bidderId"
            pagination={false}
            dataSource={[...s.bidders].sort((x, y) => x.rank - y.rank)}
            onRow={(r) =>
              rowAttrs({
                'data-testid': `standing-${r.isUs ? 'us' : r.bidderId}`,
                'data-rank': r.rank,
                'data-total': r.total,
              })
            }
            columns={[
              { title: L.rank, dataIndex: 'rank', width: 52 },
              {
                title: L.bidder,
                render: (_, r) => (
                  <span>
                    {r.name} {r.isUs && <Tag color="blue">{L.us}</Tag>}
                    {linked.shortNames[r.bidderId] && (
                      <Tag data-testid="short-name">{linked.shortNames[r.bidderId]}</Tag>
                    )}
                    {r.sme && <Tag>{L.sme}</Tag>}
                  </span>
                ),
              },
              {
                title: L.price,
                width: 96,
                render: (_, r) => (
                  <span
                    title={fmt(L.priceTitle, {
                      price: yuan(r.price, lang),
                      evaluated: yuan(r.evaluatedPrice, lang),
                    })}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {wan(r.price, lang)}
                  </span>
                ),
              },
              { title: L.priceScore, render: (_, r) => (s.pointsUsed ? pts(r.priceScore) : '—'), width: 70 },
              {
                title: L.total,
                width: 70,
                render: (_, r) => (
                  <Tooltip
                    title={categoryList(
                      Object.entries(r.categories)
                        .filter(([k, v]) => v > 0 || k === '价格')
                        .map(([k, v]) => [k, pts(v)]),
                      lang,
                    )}
                  >
                    <b>{pts(r.total)}</b>
                  </Tooltip>
                ),
              },
            ]}
          />
          <div style={{ marginTop: 8, lineHeight: 1.9 }}>
            {s.benchmark != null && <div>{fmt(L.benchmark, { price: yuan(s.benchmark, lang) })}</div>}
            <div>
              <Overtake a={a} L={L} lang={lang} />
            </div>
            {a.sensitivity && s.pointsUsed && (
              <div data-testid="sensitivity" data-points={a.sensitivity.pointsPerPctCut.toFixed(4)}>
                {fmt(L.sensitivity, {
                  points: signed(a.sensitivity.pointsPerPctCut),
                  margin: signed(a.sensitivity.marginPerPctCut),
                })}
              </div>
            )}
          </div>
          {invalid.length > 0 && (
            <div style={{ marginTop: 8 }} data-testid="invalid-bids">
              <Typography.Text type="secondary">{L.invalidBids}</Typography.Text>
              {invalid.map((x) => (
                <div key={x.id}>
                  <Typography.Text delete data-testid="invalid-bidder">
                    {x.name}
                  </Typography.Text>
                  {x.invalidReason && (
                    <Typography.Text type="secondary">（{x.invalidReason}）</Typography.Text>
                  )}
                </div>
              ))}
            </div>
          )}
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
        <Alert type="warning" showIcon message={L.cannotRank} />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {fmt(L.totalPoints, { n: pts(a.totalMaxPoints, 2) })}
        {a.totalMaxPoints > 0 &&
          U.colon +
            categoryList(
              Object.entries(a.categoryMaxPoints).filter(([, v]) => v > 0),
              lang,
            )}
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
                <Tag color={SEVERITY_COLOR[f.severity]}>{SEV[f.severity]}</Tag>
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
