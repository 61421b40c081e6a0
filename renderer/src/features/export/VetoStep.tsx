import { Alert, List, Tag, Typography } from 'antd'
import type { Finding } from '@shared/domain/checks'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

/** The 否决风险 findings that stop the export until the user goes back or explicitly exports anyway. */
export function VetoStep({ findings }: { findings: Finding[] }) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  return (
    <div data-testid="veto-step">
      <Alert
        type="error"
        showIcon
        message={fmt(L.vetoTitle, { n: findings.length })}
        description={L.vetoHint}
        style={{ marginBottom: 12 }}
      />
      <List
        size="small"
        bordered
        data-testid="veto-list"
        style={{ maxHeight: 320, overflow: 'auto' }}
        dataSource={findings}
        renderItem={(f) => (
          <List.Item data-testid={`veto-${f.ruleId}`}>
            <div>
              <Tag color="red">{f.ruleId}</Tag>
              <Typography.Text>{pick(f.message)}</Typography.Text>
              {f.basis && (
                <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
                  {fmt(L.basis, { basis: f.basis })}
                </Typography.Text>
              )}
              {f.printedIn?.length ? (
                <div data-testid="veto-printed-in">
                  <Typography.Text>
                    {fmt(L.printedIn, { forms: f.printedIn.map((p) => p.title).join(L.listSep) })}
                  </Typography.Text>
                </div>
              ) : null}
              <div>
                <Typography.Text type="secondary">{pick(f.fix)}</Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </div>
  )
}
