import { Col, Row, Tabs } from 'antd'
import type { Competitor } from '@shared/schemas'
import { DetailShell } from '@renderer/components/DetailShell'
import { put, TagsField, TextAreaField } from '@renderer/components/fields'
import { useLabels } from '@renderer/app/use-labels'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { BenchmarkEditor } from './BenchmarkEditor'
import { NamesEditor } from './NamesEditor'
import { L as LABELS } from './labels'
import { ProfileTables } from './ProfileTables'
import { SwotEditor } from './SwotEditor'

/** A competitor: names, products, market share, references, account managers, benchmark with radar, SWOT. */
export function CompetitorDetail({ id, focus }: { id: string; focus: string | null }) {
  const L = useLabels(LABELS)
  const ed = useDocEditor('competitors', id)
  const d = ed.doc
  const patch = (p: Partial<Competitor>) => ed.doc && ed.replace({ ...ed.doc, ...p })
  return (
    <DetailShell kind="competitors" ed={ed} focus={focus}>
      {d && (
        <>
          <NamesEditor doc={d} apply={patch} />
          <Tabs
            defaultActiveKey="benchmark"
            items={[
              {
                key: 'benchmark',
                label: L.tabBenchmark,
                children: (
                  <BenchmarkEditor
                    doc={d}
                    invalid={ed.invalid}
                    setBenchmark={(benchmark) => ed.set('benchmark', benchmark)}
                  />
                ),
              },
              {
                key: 'profile',
                label: L.tabProfile,
                children: (
                  <Row gutter={16}>
                    <Col span={24}>
                      <TagsField b={ed} path={'products'} label={L.products} placeholder={L.enterToAdd} />
                    </Col>
                    <Col span={12}>
                      <TagsField b={ed} path={'strengths'} label={L.strengths} placeholder={L.enterToAdd} />
                    </Col>
                    <Col span={12}>
                      <TagsField b={ed} path={'weaknesses'} label={L.weaknesses} placeholder={L.enterToAdd} />
                    </Col>
                    <Col span={24}>
                      <TextAreaField b={ed} path={'notes'} label={L.notes} />
                    </Col>
                  </Row>
                ),
              },
              {
                key: 'market',
                label: L.tabMarket,
                children: (
                  <ProfileTables doc={d} invalid={ed.invalid} set={(key, rows) => put(ed, key, rows)} />
                ),
              },
              {
                key: 'swot',
                label: 'SWOT',
                children: <SwotEditor doc={d} setSwot={(q, items) => ed.set(`swot.${q}`, items)} />,
              },
            ]}
          />
        </>
      )}
    </DetailShell>
  )
}
