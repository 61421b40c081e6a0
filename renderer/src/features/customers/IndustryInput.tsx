import { AutoComplete, Input } from 'antd'
import { forwardRef } from 'react'
import { useI18n } from '@renderer/app/i18n'
import { INDUSTRY } from './labels'

interface Props {
  value: string
  onChange(v: string): void
  onBlur(): void
}

/**
 * 行业 as free text with the usual industries offered: the record keeps the Chinese text (what a choice fills in),
 * English mode finds an industry by its English name too and shows the English name of a known one beside it.
 */
export const IndustryInput = forwardRef<HTMLInputElement, Props>(function IndustryInput(p, _ref) {
  const { lang } = useI18n()
  const known = INDUSTRY[p.value as keyof typeof INDUSTRY]
  const options = Object.entries(INDUSTRY).map(([value, [zh, en]]) => ({
    value,
    label: lang === 'zh' ? zh : `${en} · ${zh}`,
  }))
  return (
    <AutoComplete
      value={p.value}
      onChange={(v: string) => p.onChange(v)}
      onBlur={p.onBlur}
      options={options}
      filterOption={(input, o) =>
        !!o && `${o.value} ${o.label}`.toLowerCase().includes(input.trim().toLowerCase())
      }
      style={{ width: '100%' }}
    >
      <Input
        data-testid="customer-industry"
        suffix={
          lang === 'en' && known ? (
            <span style={{ color: '#888' }} data-testid="customer-industry-label">
              {known[1]}
            </span>
          ) : undefined
        }
      />
    </AutoComplete>
  )
})
