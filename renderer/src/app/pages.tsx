import type { WorkspaceInfo } from '@shared/contract'
import { DocList } from '../components/DocList'
import { BidDetail } from '../features/bids/BidDetail'
import { BidList } from '../features/bids/BidList'
import { CompanyPage } from '../features/company/CompanyPage'
import { BidCompetition } from '../features/competitors/bid/BidCompetition'
import { CompetitorDetail } from '../features/competitors/CompetitorDetail'
import { CompetitorRegistry } from '../features/competitors/CompetitorRegistry'
import { MaterialDetail } from '../features/materials/MaterialDetail'
import { MaterialsLibrary } from '../features/materials/MaterialsLibrary'
import { MatrixDetail } from '../features/matrices/MatrixDetail'
import { NegotiationDetail } from '../features/negotiations/NegotiationDetail'
import { PipelinePage } from '../features/pipeline/PipelinePage'
import { WinLossPage } from '../features/pipeline/WinLossPage'
import { CustomerPage } from '../features/customers/CustomerPage'
import { customerSubtitle } from '../features/customers/labels'
import { TrashPage } from '../features/trash/TrashPage'
import { SyncPage } from '../features/sync/SyncPage'
import { useI18n } from './i18n'
import type { Route } from './router'

/** Maps a route to its page. Feature folders own their pages; this only chooses. */
export function Page({
  route,
  ws,
  onWorkspace,
}: {
  route: Route
  ws: WorkspaceInfo
  onWorkspace(ws: WorkspaceInfo): void
}) {
  const { t } = useI18n()
  const { section, id, focus } = route
  // key={id} on every detail page: moving straight from one document to another remounts the page, so an edit still
  // waiting for its autosave is flushed into its own document on unmount and never lands in the next one.
  switch (section) {
    case 'materials':
      return id ? <MaterialDetail key={id} id={id} focus={focus} /> : <MaterialsLibrary />
    case 'competitors':
      return id ? <CompetitorDetail key={id} id={id} focus={focus} /> : <CompetitorRegistry />
    case 'competition':
      return id ? <BidCompetition key={id} bidId={id} /> : <CompetitorRegistry />
    case 'matrices':
      return id ? (
        <MatrixDetail key={id} id={id} focus={focus} />
      ) : (
        <DocList kind="matrices" kindLabel={t('nav.matrices')} />
      )
    case 'negotiations':
      return id ? (
        <NegotiationDetail key={id} id={id} focus={focus} />
      ) : (
        <DocList kind="negotiations" kindLabel={t('nav.negotiations')} />
      )
    case 'pipeline':
      return <PipelinePage />
    case 'winloss':
      return <WinLossPage />
    case 'customers':
      return id ? (
        <CustomerPage key={id} id={id} />
      ) : (
        <DocList kind="customers" kindLabel={t('nav.customers')} subtitle={customerSubtitle} />
      )
    case 'company':
      return <CompanyPage ws={ws} onWorkspace={onWorkspace} />
    case 'trash':
      return <TrashPage />
    case 'sync':
      return <SyncPage />
    default:
      return id ? <BidDetail key={id} id={id} focus={focus} /> : <BidList />
  }
}
