import { Button, Empty, Input, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { INTEL_KEYS, INTEL_QUESTIONS, intelSheet, type IntelRow } from '@shared/domain/competitors'
import type { Bid, Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { INTEL } from './labels'
import { errorMessage } from '@renderer/api/error-text'

const SAVE_MS = 800

/** One answer: typed locally, saved to the competitor (intel[bidId]) on pause or blur. */
function AnswerCell({ row, save }: { row: IntelRow; save(answer: string): Promise<void> }) {
  const { pick } = useI18n()
  const I = useLabels(INTEL)
  const [value, setValue] = useState(row.answer)
  const [state, setState] = useState<'saved' | 'dirty' | 'saving' | 'error'>('saved')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const sent = useRef(row.answer)
  useEffect(() => {
    // An answer changed elsewhere (adopted suggestion, merge) replaces ours only when we have nothing pending.
    if (state === 'saved') {
      setValue(row.answer)
      sent.current = row.answer
    }
  }, [row.answer]) // eslint-disable-line react-hooks/exhaustive-deps
  const flush = async (v: string) => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (v === sent.current) return setState('saved')
    setState('saving')
    try {
      await save(v)
      sent.current = v
      setState('saved')
    } catch {
      setState('error')
    }
  }
  // Leaving the page with an answer still waiting for its pause saves it rather than dropping it.
  const pending = useRef({ value, save })
  pending.current = { value, save }
  useEffect(
    () => () => {
      if (!timer.current) return
      clearTimeout(timer.current)
      const { value: v, save: s } = pending.current
      if (v !== sent.current) void s(v).catch(() => undefined)
    },
    [],
  )
  const question = INTEL_QUESTIONS.find((q) => q.key === row.key)
  const hint = question ? pick(question.hint) : undefined
  return (
    <div>
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 8 }}
        value={value}
        placeholder={hint}
        maxLength={5000}
        data-testid={`intel-${row.key}`}
        onChange={(e) => {
          const v = e.target.value
          setValue(v)
          setState('dirty')
          if (timer.current) clearTimeout(timer.current)
          timer.current = setTimeout(() => void flush(v), SAVE_MS)
        }}
        onBlur={() => void flush(value)}
      />
      {state !== 'saved' && (
        <Typography.Text type={state === 'error' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {I[state]}
        </Typography.Text>
      )}
    </div>
  )
}

/**
 * The DOMAIN.md §6 questions for each competitor of the bid. Answers are stored on the competitor
 * (intel per bid) through the server, one answer at a time, so two people answering about two
 * competitors never overwrite each other. Registry facts are offered as drafts.
 */
export function IntelPanel({
  bid,
  competitors,
  onSaved,
}: {
  bid: Bid
  competitors: Competitor[]
  onSaved(c: Competitor): void
}) {
  const { pick } = useI18n()
  const I = useLabels(INTEL)
  const [error, setError] = useState<string | null>(null)
  if (competitors.length === 0) return <Empty description={I.noCompetitors} />
  const save = (c: Competitor, key: string) => async (answer: string) => {
    try {
      onSaved(await call('competitors.setIntel', { competitorId: c.id, bidId: bid.id, key, answer }))
      setError(null)
    } catch (e) {
      setError(pick(errorMessage(e)))
      throw e
    }
  }
  return (
    <>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Tabs
        items={competitors.map((c) => ({
          key: c.id,
          label: c.title,
          children: (
            <Table<IntelRow>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={intelSheet(c, bid)}
              columns={[
                { title: I.question, width: 260, render: (_, r) => pick(r.question) },
                {
                  title: I.answer,
                  render: (_, r) =>
                    INTEL_KEYS.includes(r.key) ? (
                      <AnswerCell key={`${c.id}|${r.key}`} row={r} save={save(c, r.key)} />
                    ) : (
                      <span>
                        <Tag>{I.legacy}</Tag>
                        {r.answer}
                      </span>
                    ),
                },
                {
                  title: I.fromProfile,
                  width: 300,
                  render: (_, r) =>
                    r.suggestion ? (
                      <span>
                        <Typography.Text type="secondary">{r.suggestion}</Typography.Text>{' '}
                        {r.answer === '' && (
                          <Tooltip title={I.useHint}>
                            <Button
                              size="small"
                              type="link"
                              onClick={() => void save(c, r.key)(r.suggestion).catch(() => undefined)}
                            >
                              {I.use}
                            </Button>
                          </Tooltip>
                        )}
                      </span>
                    ) : null,
                },
              ]}
            />
          ),
        }))}
      />
    </>
  )
}
