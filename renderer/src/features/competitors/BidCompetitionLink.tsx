import { AimOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { L as LABELS } from './labels'

/** Opens the competition analysis of a bid (#/competition/<bidId>); for the bid page's toolbar. */
export function BidCompetitionLink({ bidId }: { bidId: string }) {
  const L = useLabels(LABELS)
  return (
    <Button
      icon={<AimOutlined />}
      onClick={() => navigate('competition', bidId)}
      data-testid="bid-competition-link"
    >
      {L.competitionLink}
    </Button>
  )
}
