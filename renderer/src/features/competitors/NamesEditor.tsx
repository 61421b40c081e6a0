import { Col, Form, Input, Row, Select } from 'antd'
import { useEffect, useState } from 'react'
import { Controller } from 'react-hook-form'
import { z } from 'zod'
import { CompetitorSchema, type Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { errorMessage } from '@renderer/api/error-text'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { itemError } from '@renderer/components/FormError'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { L as LABELS } from './labels'

/** The name under the competitor document's own rule (an emptied name is 请填写名称, said at the field). */
const TitleForm = z.object({ title: CompetitorSchema.shape.title })

/**
 * Name and aliases of a competitor. Every change is checked against the whole registry on the
 * server first (normalised names: 有限公司, brackets, full-width…); a name another competitor goes by
 * is refused with the reason at its field and never reaches the document, so no duplicate is ever saved
 * here. A refused name stays typed for the correction; a refused alias is not added (aliases apply at once).
 */
export function NamesEditor({
  doc,
  apply,
}: {
  doc: Competitor
  apply(patch: { title?: string; aliases?: string[] }): void
}) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const { control, handleSubmit, formState, setError, reset } = useZodForm(
    TitleForm,
    { title: doc.title },
    'onSubmit',
  )
  const [aliasError, setAliasError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  // The saved name (after a rename here, an undo or a sync) replaces what the field shows.
  useEffect(() => reset({ title: doc.title }), [doc.title, reset])

  /** Why the registry refuses these names, or null when they are free. */
  const refusal = async (next: { title: string; aliases: string[] }): Promise<string | null> => {
    setChecking(true)
    try {
      const r = await call('competitors.validate', { id: doc.id, ...next })
      return r.ok ? null : pick({ zh: r.zh, en: r.en })
    } catch (e) {
      return pick(errorMessage(e))
    } finally {
      setChecking(false)
    }
  }

  const commitTitle = handleSubmit(async ({ title }) => {
    if (title === doc.title) return
    const why = await refusal({ title, aliases: doc.aliases })
    if (why) setError('title', { type: 'server', message: why })
    else apply({ title })
  })

  const changeAliases = async (v: string[]) => {
    const aliases = [...new Set(v.map((s) => s.trim()).filter(Boolean))]
    const why = await refusal({ title: doc.title, aliases })
    setAliasError(why)
    if (!why) apply({ aliases })
  }

  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          label={L.companyName}
          style={{ marginBottom: 12 }}
          {...itemError(formState.errors.title?.message, 'title-error')}
        >
          <Controller
            name="title"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id="f-title"
                onBlur={() => {
                  field.onBlur()
                  void commitTitle()
                }}
                onPressEnter={() => void commitTitle()}
              />
            )}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label={L.aliasesEnter}
          style={{ marginBottom: 12 }}
          {...itemError(aliasError ?? undefined, 'aliases-error')}
        >
          <Select
            id="f-aliases"
            data-testid="aliases"
            mode="tags"
            open={false}
            suffixIcon={null}
            loading={checking}
            value={doc.aliases}
            tokenSeparators={[',', '，', '、']}
            onChange={(v: string[]) => void changeAliases(v)}
          />
        </Form.Item>
      </Col>
    </Row>
  )
}
