import { AimOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { navigate } from '../../app/router'

/** Opens the competition analysis of a bid (#/competition/<bidId>); for the bid page's toolbar. */
export function BidCompetitionLink({ bidId }: { bidId: string }) {
  return (
    <Button
      icon={<AimOutlined />}
      onClick={() => navigate('competition', bidId)}
      data-testid="bid-competition-link"
    >
      竞争分析
    </Button>
  )
}
