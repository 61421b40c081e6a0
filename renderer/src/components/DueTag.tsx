import { Tag } from 'antd'
import { formatWritten } from '@shared/i18n/dates'
import { useI18n } from '../app/i18n'

const DAY = 86_400_000

/** A date with its countdown: red when past, orange within 30 days. */
export function DueTag({ date, now = Date.now() }: { date: string | null; now?: number }) {
  const { t, lang } = useI18n()
  if (!date) return null
  const ms = Date.parse(date.length === 10 ? `${date}T23:59:59+08:00` : date)
  if (Number.isNaN(ms)) return <Tag>{date}</Tag>
  const days = Math.floor((ms - now) / DAY)
  const color = days < 0 ? 'red' : days <= 30 ? 'orange' : 'default'
  const label =
    days < 0 ? t('days.overdue', { n: -days }) : days === 0 ? t('days.today') : t('days.left', { n: days })
  return (
    <Tag color={color}>
      {formatWritten(date, lang)} · {label}
    </Tag>
  )
}
