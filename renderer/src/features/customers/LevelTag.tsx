import { Tag, Tooltip } from 'antd'
import { useLabels } from '@renderer/app/use-labels'
import { CR_LEVEL } from './labels'

const LEVEL_COLOR: Record<string, string> = {
  CR1: 'green',
  CR2: 'lime',
  CR3: 'default',
  CR4: 'orange',
  CR5: 'red',
}

/**
 * A relationship level (CR1 铁杆支持者 … CR5 我方死敌), with the level the plan aims for; hovering says what
 * the level means and the move the course teaches to bring the person up a level.
 */
export function LevelTag({ level, target }: { level: string; target?: string | null }) {
  const L = useLabels(CR_LEVEL)
  const help = (l: string) => (l in L ? L[l as keyof typeof L] : undefined)
  return (
    <span>
      <Tooltip title={help(level)}>
        <Tag color={LEVEL_COLOR[level]} data-testid={`cr-${level}`} aria-description={help(level)}>
          {level}
        </Tag>
      </Tooltip>
      {target && target !== level && <span style={{ color: '#888' }}>→ {target}</span>}
    </span>
  )
}
