import { Alert, Col, Form, Input, Row, Select } from 'antd'
import { useEffect, useState } from 'react'
import type { Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

/**
 * Name and aliases of a competitor. Every change is checked against the whole registry on the
 * server first (normalised names: 有限公司, brackets, full-width…); a name another competitor goes by
 * is refused with the reason and never reaches the document, so no duplicate is ever saved here.
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
  const [title, setTitle] = useState(doc.title)
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  useEffect(() => setTitle(doc.title), [doc.title])

  const check = async (next: { title: string; aliases: string[] }): Promise<boolean> => {
    setChecking(true)
    try {
      const r = await call('competitors.validate', { id: doc.id, ...next })
      setError(r.ok ? null : pick({ zh: r.zh, en: r.en }))
      return r.ok
    } catch (e) {
      setError(pick(errorMessage(e)))
      return false
    } finally {
      setChecking(false)
    }
  }

  const commitTitle = async () => {
    const t = title.trim()
    if (t === doc.title) return setError(null)
    if (t === '') return setError(L.nameRequired)
    if (await check({ title: t, aliases: doc.aliases })) apply({ title: t })
  }

  const changeAliases = async (v: string[]) => {
    const aliases = [...new Set(v.map((s) => s.trim()).filter(Boolean))]
    if (await check({ title: doc.title, aliases })) apply({ aliases })
  }

  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={L.companyName} style={{ marginBottom: 12 }}>
            <Input
              id="f-title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              onBlur={() => void commitTitle()}
              onPressEnter={() => void commitTitle()}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={L.aliasesEnter} style={{ marginBottom: 12 }}>
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
      {error && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          message={error}
          data-testid="names-error"
          style={{ marginBottom: 12 }}
        />
      )}
    </>
  )
}
