import { DeleteOutlined } from '@ant-design/icons'
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Tag,
} from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { Controller, useFieldArray, useWatch, type FieldError } from 'react-hook-form'
import { toYuan } from '@shared/domain/export/quote-math'
import { OpeningFormSchema, type OpeningForm } from '@shared/domain/pipeline'
import { OpeningBidderSchema, type Bid, type IndexEntry, type OpeningBidder } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { docsApi } from '@renderer/api/docs'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { DateInput } from '@renderer/components/DateInput'
import { MoneyInput } from '@renderer/components/MoneyInput'
import { formatTimestamp } from '@shared/i18n/dates'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { OUTCOME } from '@renderer/features/bids/labels'
import { OPEN } from './labels'
import { BidTimelineCard } from './BidTimelineCard'
import { errorMessage } from '@renderer/api/error-text'

type Ed = DocEditor<'bids'> & { doc: Bid }

let seq = 0
const newId = () => `o${Date.now().toString(36)}${(seq++).toString(36)}`

function row(name: string, rest: Partial<OpeningBidder> = {}): OpeningBidder {
  return OpeningBidderSchema.parse({ id: newId(), name, ...rest })
}

/** Our price as read out: the 开标一览表 price, else the 投标函's, in 元. */
function ourPrice(bid: Bid): number | null {
  const p = bid.quote.openingSummary.price ?? bid.quote.bidLetterPrice
  return p == null ? null : toYuan(p, bid.quote.moneyUnit)
}

/** The form's first values: the saved record, else us and the competitors the bid lists. */
function initial(bid: Bid, company: string, competitors: IndexEntry[]): OpeningForm {
  const failure = { failed: bid.opening.failed, failReason: bid.opening.failReason }
  if (bid.opening.bidders.length) return { date: bid.opening.date, bidders: bid.opening.bidders, ...failure }
  const named = bid.competitorIds
    .map((id) => competitors.find((c) => c.id === id))
    .filter((c): c is IndexEntry => !!c)
  return {
    date: bid.opening.date ?? bid.dates.opening?.slice(0, 10) ?? null,
    bidders: [
      row(company || '我方', { isUs: true, price: ourPrice(bid) }),
      ...named.map((c) => row(c.title, { competitorId: c.id })),
    ],
    ...failure,
  }
}

/** The bid page's 开标与质疑 tab: the 开标记录 form and the post-award periods. */
export function OpeningTab({ ed }: { ed: Ed }) {
  const [ctx, setCtx] = useState<{ company: string; competitors: IndexEntry[] } | null>(null)
  useEffect(() => {
    let live = true
    void Promise.all([call('workspace.current', {}), docsApi('competitors').list()]).then(([ws, cs]) => {
      if (live) setCtx({ company: ws?.company.name ?? '', competitors: cs })
    })
    return () => {
      live = false
    }
  }, [])
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {ctx && <OpeningFormCard ed={ed} company={ctx.company} competitors={ctx.competitors} />}
      <BidTimelineCard b={ed} />
    </Space>
  )
}

function OpeningFormCard({
  ed,
  company,
  competitors,
}: {
  ed: Ed
  company: string
  competitors: IndexEntry[]
}) {
  const L = useLabels(OPEN)
  const { lang, pick } = useI18n()
  const { message } = App.useApp()
  const bid = ed.doc
  const defaults = useMemo(() => initial(bid, company, competitors), [bid, company, competitors])
  const { control, handleSubmit, formState, reset, setValue, trigger } = useZodForm(
    OpeningFormSchema,
    defaults,
  )
  const { fields, append, remove } = useFieldArray({ control, name: 'bidders', keyName: 'key' })
  const bidders = useWatch({ control, name: 'bidders' }) ?? []
  // The record's rules span rows (one winner, one us, no winner when failed): any change re-checks every row.
  const failure = useWatch({ control, name: ['failed', 'failReason'] })
  const snapshot = JSON.stringify([bidders, failure])
  useEffect(() => {
    void trigger()
  }, [snapshot, trigger])
  const [unmatched, setUnmatched] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const errs = formState.errors.bidders as (Record<string, FieldError> | undefined)[] | undefined
  const err = (i: number, f: string) => errs?.[i]?.[f]?.message

  const submit = handleSubmit(async (v) => {
    setBusy(true)
    try {
      // The server applies the saved bid: what is pending on the page is saved first, then the record.
      await ed.saveNow()
      const fresh = await docsApi('bids').get(bid.id)
      const r = await call('pipeline.recordOpening', {
        bidId: bid.id,
        opening: { date: v.date, bidders: v.bidders, failed: v.failed, failReason: v.failReason },
        expectedUpdatedAt: fresh.updatedAt,
      })
      setUnmatched(r.unmatched)
      message.success(
        fmt(L.saved, { c: r.competitorsUpdated.length, m: r.matrixUpdated ? L.matrixSaved : '' }),
      )
      const o = r.bid.opening
      reset({ date: o.date, bidders: o.bidders, failed: o.failed, failReason: o.failReason })
      await ed.reload()
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      setBusy(false)
    }
  })

  const winner = bidders.find((b) => b?.won)
  const failed = failure[0]
  const result = failed
    ? L.resultFailed
    : winner
      ? winner.isUs
        ? L.resultWon
        : fmt(L.resultLost, { w: winner.name })
      : fmt(L.resultOpen, { o: enumLabel(OUTCOME, bid.result.outcome, lang) })
  const names = competitors.map((c) => ({ value: c.title }))
  const pickName = (i: number, name: string) => {
    setValue(`bidders.${i}.name`, name, { shouldValidate: true })
    if (!bidders[i]?.isUs)
      setValue(`bidders.${i}.competitorId`, competitors.find((c) => c.title === name)?.id ?? null)
  }

  return (
    <Card size="small" title={L.title} data-testid="opening-form">
      <Alert type="info" showIcon message={L.hint} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{L.date}</span>
        <Controller
          name="date"
          control={control}
          render={({ field }) => (
            <DateInput data-testid="opening-date" value={field.value} onChange={field.onChange} />
          )}
        />
        {bid.opening.appliedAt && (
          <Tag>{fmt(L.appliedAt, { t: formatTimestamp(bid.opening.appliedAt, lang) })}</Tag>
        )}
        <span data-testid="opening-result">
          {L.ourResult}：<b>{result}</b>
        </span>
      </Space>
      <Space wrap align="start" style={{ marginBottom: 12 }} data-testid="opening-outcome">
        <span>{L.outcome}</span>
        <Controller
          name="failed"
          control={control}
          render={({ field }) => (
            <Radio.Group
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
              options={[
                { value: false, label: L.byWinner },
                { value: true, label: L.failed },
              ]}
            />
          )}
        />
        {failed && (
          <Field error={formState.errors.failReason?.message}>
            <Controller
              name="failReason"
              control={control}
              render={({ field }) => (
                <Input
                  {...field}
                  aria-label={L.failReason}
                  placeholder={L.failReasonHint}
                  style={{ width: 520 }}
                  data-testid="opening-fail-reason"
                />
              )}
            />
          </Field>
        )}
      </Space>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={fields}
        data-testid="opening-bidders"
        columns={[
          {
            title: L.bidder,
            render: (_, __, i) => (
              <Field error={err(i, 'name')}>
                <AutoComplete
                  style={{ width: '100%' }}
                  data-testid={`opening-name-${i}`}
                  value={bidders[i]?.name}
                  options={bidders[i]?.isUs ? [] : names}
                  filterOption={(input, o) => !!o?.value.includes(input)}
                  onChange={(v: string) => pickName(i, v)}
                />
              </Field>
            ),
          },
          {
            title: L.us,
            width: 56,
            render: (_, __, i) => (
              <Field error={err(i, 'isUs')}>
                <Controller
                  name={`bidders.${i}.isUs`}
                  control={control}
                  render={({ field }) => (
                    <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />
                  )}
                />
              </Field>
            ),
          },
          {
            title: L.price,
            width: 170,
            render: (_, __, i) => (
              <Controller
                name={`bidders.${i}.price`}
                control={control}
                render={({ field }) => (
                  <MoneyInput
                    data-testid={`opening-price-${i}`}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            ),
          },
          ...(['score', 'rank'] as const).map((k) => ({
            title: L[k],
            width: 90,
            render: (_: unknown, __: unknown, i: number) => (
              <Field error={err(i, k)}>
                <Controller
                  name={`bidders.${i}.${k}`}
                  control={control}
                  render={({ field }) => (
                    <InputNumber
                      data-testid={`opening-${k}-${i}`}
                      style={{ width: '100%' }}
                      min={k === 'rank' ? 1 : 0}
                      precision={k === 'rank' ? 0 : undefined}
                      value={field.value}
                      onChange={(v) => field.onChange(v ?? null)}
                    />
                  )}
                />
              </Field>
            ),
          })),
          ...(['valid', 'won'] as const).map((k) => ({
            title: L[k],
            width: 56,
            render: (_: unknown, __: unknown, i: number) => (
              <Field error={err(i, k)}>
                <Controller
                  name={`bidders.${i}.${k}`}
                  control={control}
                  render={({ field }) => (
                    <Checkbox
                      data-testid={`opening-${k}-${i}`}
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                    />
                  )}
                />
              </Field>
            ),
          })),
          {
            title: L.note,
            render: (_, __, i) => (
              <Controller
                name={`bidders.${i}.note`}
                control={control}
                render={({ field }) => <Input {...field} data-testid={`opening-note-${i}`} />}
              />
            ),
          },
          {
            width: 40,
            render: (_, __, i) => (
              <Button type="text" aria-label={L.remove} icon={<DeleteOutlined />} onClick={() => remove(i)} />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button data-testid="opening-add" onClick={() => append(row(''))}>
          {L.addBidder}
        </Button>
        {!bidders.some((b) => b?.isUs) && (
          <Button onClick={() => append(row(company || '我方', { isUs: true, price: ourPrice(bid) }))}>
            {L.addUs}
          </Button>
        )}
        <Button type="primary" data-testid="opening-save" loading={busy} onClick={() => void submit()}>
          {L.save}
        </Button>
      </Space>
      {unmatched.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="opening-unmatched"
          message={fmt(L.unmatched, { names: unmatched.join('、') })}
        />
      )}
    </Card>
  )
}

function Field({ error, children }: { error?: string; children: React.ReactNode }) {
  return (
    <div>
      {children}
      {error && (
        <div className="ant-form-item-explain-error" style={{ fontSize: 12 }} data-testid="opening-error">
          {error}
        </div>
      )}
    </div>
  )
}
