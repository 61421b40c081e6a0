import { ImportOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography, message } from 'antd'
import { PHRASE_CATEGORIES, type Negotiation } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { ArrayTable } from '@renderer/components/ArrayTable'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { PHRASE_CATEGORY, PHRASES } from './labels'
import { withDefaultPhrases } from './plan-input'

export function PhraseBook({ ed }: { ed: DocEditor<'negotiations'> & { doc: Negotiation } }) {
  const L = useLabels(PHRASES)
  const { lang } = useI18n()
  const phrases = ed.doc.phrases
  const load = () => {
    const r = withDefaultPhrases(phrases)
    if (r.added === 0) return void message.info(L.allLoaded)
    ed.set('phrases', r.phrases)
    message.success(fmt(L.loaded, { n: r.added }))
  }
  return (
    <div data-testid="phrase-book">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button icon={<ImportOutlined />} onClick={load} data-testid="load-phrases">
          {L.load}
        </Button>
        {PHRASE_CATEGORIES.map((c) => (
          <Tag
            key={c}
          >{`${enumLabel(PHRASE_CATEGORY, c, lang)} ${phrases.filter((p) => p.category === c).length}`}</Tag>
        ))}
        {phrases.length === 0 && <Typography.Text type="secondary">{L.empty}</Typography.Text>}
      </Space>
      <ArrayTable
        b={ed}
        path={'phrases'}
        newRow={() => ({ category: '弹性语言', text: '', note: '' })}
        columns={[
          {
            key: 'category',
            title: L.colCategory,
            kind: 'select',
            options: enumOptions(PHRASE_CATEGORIES, PHRASE_CATEGORY, lang),
            width: 130,
          },
          { key: 'text', title: L.colText, kind: 'textarea' },
          { key: 'note', title: L.colNote, kind: 'textarea' },
        ]}
      />
    </div>
  )
}
