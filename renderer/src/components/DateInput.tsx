import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import { DATE_FORMAT, DATE_TIME_FORMAT, formatTimestamp } from '@shared/i18n/dates'
import { useI18n } from '../app/i18n'

export interface DateInputProps {
  id?: string
  /** A day "YYYY-MM-DD", or with `withTime` the stored "YYYY-MM-DDTHH:mm:ss+08:00" (Beijing time as written). */
  value: string | null | undefined
  onChange(value: string | null): void
  withTime?: boolean
  size?: 'small' | 'middle'
  status?: 'error'
  onBlur?(): void
  placeholder?: string
  'data-testid'?: string
}

/**
 * The one date field: antd's DatePicker in the UI language (zh-CN calendar and 2026-12-03, or an English
 * calendar and 3 Dec 2026), instead of the browser's mm/dd/yyyy control. Typing 2026-12-03 works in both
 * languages. The clock time of a deadline is kept as written (no zone conversion).
 */
export function DateInput(p: DateInputProps) {
  const { lang } = useI18n()
  const raw = p.value ?? ''
  const parsed = raw ? dayjs(p.withTime ? raw.slice(0, 16) : raw.slice(0, 10)) : null
  const formats = p.withTime
    ? [DATE_TIME_FORMAT[lang], DATE_TIME_FORMAT.zh]
    : [DATE_FORMAT[lang], DATE_FORMAT.zh]
  return (
    <DatePicker
      id={p.id}
      data-testid={p['data-testid']}
      size={p.size}
      status={p.status}
      style={{ width: '100%' }}
      placeholder={p.placeholder}
      value={parsed?.isValid() ? parsed : null}
      format={lang === 'zh' ? formats[0] : formats}
      showTime={p.withTime ? { format: 'HH:mm' } : false}
      onBlur={p.onBlur}
      onChange={(d) =>
        p.onChange(
          d ? (p.withTime ? `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00` : d.format('YYYY-MM-DD')) : null,
        )
      }
    />
  )
}

/** An instant (updatedAt, deletedAt…) shown the app's one way: 2026-12-03 21:40, or 3 Dec 2026, 21:40. */
export function Timestamp({ iso }: { iso: string | null | undefined }) {
  const { lang } = useI18n()
  return <span title={iso ?? undefined}>{formatTimestamp(iso, lang)}</span>
}
