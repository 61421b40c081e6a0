import { Input, Modal, Select, Space, Typography } from 'antd'
import { Controller, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { parseRequirementLines } from '@shared/domain/bids/requirement-import/lines'
import type { Lang } from '@shared/i18n'
import { PartKindSchema, type Requirement } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { buttonWithTestId } from '@renderer/components/test-id'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { errorMessage } from '@renderer/api/error-text'
import { L } from './labels'
import { KINDS } from './RequirementRow'

const PasteForm = z.object({
  kind: PartKindSchema,
  chapter: z.string().max(200),
  text: z.string().refine((s) => s.trim() !== '', {
    message: '请粘贴要求，每行一条 / paste the requirements, one a line',
  }),
})
type Paste = z.infer<typeof PasteForm>
type Parsed = { ok: true; rs: Requirement[] } | { ok: false; error: { zh: string; en: string } }

// The rules and the preview read the same parse: a 5,000-line paste is parsed once per change, not twice.
let last: { v: Paste; parsed: Parsed } | null = null
function parse(v: Paste): Parsed {
  if (last && last.v.text === v.text && last.v.kind === v.kind && last.v.chapter === v.chapter)
    return last.parsed
  let parsed: Parsed
  try {
    parsed = { ok: true, rs: parseRequirementLines(v.text, { kind: v.kind, chapter: v.chapter }) }
  } catch (e) {
    parsed = { ok: false, error: errorMessage(e) }
  }
  last = { v, parsed }
  return parsed
}

/** What the lines say is wrong, at the text: the line the parser refused, or no requirement in it at all. */
function lineRules(v: Paste, lang: Lang): Record<string, string> {
  const p = parse(v)
  const say = (zh: string, en: string) => ({ text: lang === 'zh' ? zh : en })
  if (!p.ok) return say(p.error.zh, p.error.en)
  if (p.rs.length === 0)
    return say('没有识别出要求：每行写一条要求的文字', 'no requirement found: write one requirement a line')
  return {}
}

/** Paste many lines at once: one requirement a line, numbering and ★ recognised; a preview before adding. */
export function PasteDialog({ onCancel, onOk }: { onCancel(): void; onOk(rs: Requirement[]): void }) {
  const { lang } = useI18n()
  const t = useLabels(L)
  const form = useZodForm(PasteForm, { kind: '技术', chapter: '', text: '' }, 'onChange', lineRules)
  const { control, formState } = form
  const values = useWatch({ control }) as Paste
  const parsed = parse(values)
  const n = parsed.ok ? parsed.rs.length : 0
  const e = formState.errors
  return (
    <Modal
      open
      width={760}
      title={t.pasteTitle}
      okText={fmt(t.pasteOk, { n })}
      cancelText={t.cancel}
      okButtonProps={buttonWithTestId('paste-ok', { disabled: !!e.text })}
      onCancel={onCancel}
      // Refused input keeps the dialog open with the message at the text; nothing typed is lost.
      onOk={() =>
        void form.handleSubmit((v) => {
          const p = parse(v)
          if (p.ok) onOk(p.rs)
        })()
      }
    >
      <Space style={{ marginBottom: 8 }} align="start">
        {t.kind}
        <Controller
          name="kind"
          control={control}
          render={({ field }) => (
            <Select
              value={field.value}
              onChange={field.onChange}
              options={enumOptions(KINDS, KIND, lang)}
              style={{ width: 100 }}
            />
          )}
        />
        {t.chapter}
        <div>
          <Controller
            name="chapter"
            control={control}
            render={({ field }) => <Input {...field} placeholder={t.chapterExample} style={{ width: 160 }} />}
          />
          <FormError m={e.chapter?.message} testId="paste-error" />
        </div>
      </Space>
      <Controller
        name="text"
        control={control}
        render={({ field }) => (
          <Input.TextArea
            {...field}
            autoFocus
            rows={10}
            placeholder={t.pastePlaceholder}
            id="paste-text"
            status={e.text ? 'error' : undefined}
          />
        )}
      />
      <FormError m={e.text?.message} testId="paste-error" />
      {parsed.ok && n > 0 && (
        <div style={{ marginTop: 8, maxHeight: 200, overflow: 'auto' }} data-testid="paste-preview">
          {parsed.rs.slice(0, 50).map((r) => (
            <div key={r.id}>
              <Typography.Text type="secondary">{r.no || '—'}</Typography.Text> {r.star ? '★ ' : ''}
              {r.text}
            </div>
          ))}
          {n > 50 && <Typography.Text type="secondary">{fmt(t.more, { n: n - 50 })}</Typography.Text>}
        </div>
      )}
    </Modal>
  )
}
