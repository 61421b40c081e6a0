import { Alert, List, Tag, Typography } from 'antd'
import type { Finding } from '../../../../shared/domain/checks'
import { useI18n } from '../../app/i18n'

/** The 否决风险 findings that stop the export until the user goes back or explicitly exports anyway. */
export function VetoStep({ findings }: { findings: Finding[] }) {
  const { lang, pick } = useI18n()
  const tr = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  return (
    <div data-testid="veto-step">
      <Alert
        type="error"
        showIcon
        message={tr(
          `检查发现 ${findings.length} 项否决风险：按此导出，投标可能被否决。`,
          `The checks found ${findings.length} risk(s) that could get the bid rejected.`,
        )}
        description={tr(
          '建议返回修改；如已核实无误，可选择“仍然导出”。两种选择都会记录在投标中。',
          'Go back and fix them, or, if you have verified them, export anyway. Either choice is recorded in the bid.',
        )}
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
                  {`（${f.basis}）`}
                </Typography.Text>
              )}
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
