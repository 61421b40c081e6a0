import { Tag } from 'antd'

const LEVEL_COLOR: Record<string, string> = {
  CR1: 'green',
  CR2: 'lime',
  CR3: 'default',
  CR4: 'orange',
  CR5: 'red',
}

/** A relationship level (CR1 铁杆支持者 … CR5 我方死敌), with the level the plan aims for. */
export function LevelTag({ level, target }: { level: string; target?: string | null }) {
  return (
    <span>
      <Tag color={LEVEL_COLOR[level]}>{level}</Tag>
      {target && target !== level && <span style={{ color: '#888' }}>→ {target}</span>}
    </span>
  )
}
