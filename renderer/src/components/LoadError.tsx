import { Alert } from 'antd'
import { useI18n } from '../app/i18n'

/** What a page shows instead of its content when its document could not be loaded. */
export function LoadError({ error }: { error: { zh: string; en: string } }) {
  const { t, pick } = useI18n()
  return <Alert type="error" showIcon message={t('error.title')} description={pick(error)} />
}
