import { ImportOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography, message } from 'antd'
import { PHRASE_CATEGORIES, type Negotiation } from '../../../../shared/schemas'
import { ArrayTable } from '../../components/ArrayTable'
import type { DocEditor } from '../../hooks/useDocEditor'
import { withDefaultPhrases } from './plan-input'

export function PhraseBook({ ed }: { ed: DocEditor<'negotiations'> & { doc: Negotiation } }) {
  const phrases = ed.doc.phrases
  const load = () => {
    const r = withDefaultPhrases(phrases)
    if (r.added === 0) return void message.info('常用话术已全部在话术库中')
    ed.set(['phrases'], r.phrases)
    message.success(`已载入 ${r.added} 条常用话术，可直接修改`)
  }
  return (
    <div data-testid="phrase-book">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button icon={<ImportOutlined />} onClick={load} data-testid="load-phrases">
          载入常用话术
        </Button>
        {PHRASE_CATEGORIES.map((c) => (
          <Tag key={c}>{`${c} ${phrases.filter((p) => p.category === c).length}`}</Tag>
        ))}
        {phrases.length === 0 && (
          <Typography.Text type="secondary">话术库为空：点击“载入常用话术”，或逐条添加。</Typography.Text>
        )}
      </Space>
      <ArrayTable
        b={ed}
        path={['phrases']}
        newRow={() => ({ category: '弹性语言', text: '', note: '' })}
        columns={[
          { key: 'category', title: '类别', kind: 'select', options: PHRASE_CATEGORIES, width: 130 },
          { key: 'text', title: '话术', kind: 'textarea' },
          { key: 'note', title: '使用场合 / 注意', kind: 'textarea' },
        ]}
      />
    </div>
  )
}
