import {
  Alert,
  Button,
  ConfigProvider,
  Layout,
  Menu,
  Space,
  Spin,
  Tag,
  Typography,
  App as AntApp,
} from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useCallback, useEffect, useState } from 'react'
import type { WorkspaceInfo } from '@shared/contract'
import type { MessageKey } from '@shared/i18n'
import { call } from '../api/client'
import { UI_FONT_FAMILY } from './fonts'
import { I18nProvider, useI18n } from './i18n'
import { navigate, useRoute } from './router'
import { useSaveState } from './save-state'
import { WorkspaceSwitcher } from './WorkspaceSwitcher'
import { SyncButton } from '../features/sync/SyncButton'
import { Page } from './pages'

const NAV: { key: string; label: MessageKey }[] = [
  { key: 'bids', label: 'nav.bids' },
  { key: 'pipeline', label: 'nav.pipeline' },
  { key: 'customers', label: 'nav.customers' },
  { key: 'winloss', label: 'nav.winloss' },
  { key: 'materials', label: 'nav.materials' },
  { key: 'matrices', label: 'nav.matrices' },
  { key: 'competitors', label: 'nav.competitors' },
  { key: 'negotiations', label: 'nav.negotiations' },
  { key: 'company', label: 'nav.company' },
  { key: 'trash', label: 'nav.trash' },
  { key: 'sync', label: 'nav.sync' },
]

const SAVE_COLOR = { saved: 'green', saving: 'blue', dirty: 'gold', error: 'red' } as const

function Shell() {
  const { t, lang, setLang } = useI18n()
  const route = useRoute()
  const save = useSaveState()
  const [ws, setWs] = useState<WorkspaceInfo | null | undefined>(undefined)
  const [epoch, setEpoch] = useState(0)

  useEffect(() => {
    void call('workspace.current', {}).then(setWs)
  }, [])
  const changed = useCallback((next: WorkspaceInfo) => {
    setWs(next)
    setEpoch((e) => e + 1)
    navigate('bids')
  }, [])

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[route.section]}
          items={NAV.map((n) => ({
            key: n.key,
            label: <span data-testid={`nav-${n.key}`}>{t(n.label)}</span>,
          }))}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space>
            <WorkspaceSwitcher current={ws ?? null} onChanged={changed} />
            {ws && <Typography.Text type="secondary">{ws.dir}</Typography.Text>}
          </Space>
          <Space>
            <SyncButton key={epoch} enabled={!!ws && !ws.readOnly} />
            <Tag color={SAVE_COLOR[save]} data-testid="save-state">
              {t(`save.${save}`)}
            </Tag>
            <Button
              size="small"
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
              data-testid="lang-switch"
            >
              {t('lang.switch')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          {ws && ws.recoveries.length > 0 && (
            <Alert
              type="warning"
              showIcon
              closable
              style={{ marginBottom: 12 }}
              message={t('ws.recovered', { n: ws.recoveries.length })}
              description={ws.recoveries.map((r) => `${r.file}: ${r.reason}`).join('\n')}
            />
          )}
          {ws === undefined ? (
            <Spin />
          ) : ws === null ? (
            <Alert type="info" message={t('ws.switch')} />
          ) : (
            <Page key={epoch} route={route} ws={ws} onWorkspace={setWs} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

function Themed() {
  const { lang } = useI18n()
  // The calendars' month and weekday names and week start come from dayjs' global locale; set it before
  // the pickers below render so a language switch turns them at once.
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en')
  return (
    <ConfigProvider
      button={{ autoInsertSpace: false }}
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { fontFamily: UI_FONT_FAMILY } }}
    >
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  )
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  )
}
