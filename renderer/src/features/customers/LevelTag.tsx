import { ArrowUpOutlined } from '@ant-design/icons'
import { Button, Select, Space, Tag, Tooltip } from 'antd'
import { levelUp } from '@shared/domain/customers'
import type { CustomerPerson } from '@shared/schemas'
import { useLabels } from '@renderer/app/use-labels'
import { CR_LEVEL, CR_NAME, STRATEGY } from './labels'

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

type Level = CustomerPerson['level']
const LEVELS: Level[] = ['CR1', 'CR2', 'CR3', 'CR4', 'CR5']

/**
 * A person's level as an option list (each option says what the level means and the course's move out of
 * it), and the "up a level" action; the change is written to the customer's record with its date.
 */
export function LevelPicker(p: {
  person: { id: string; level: Level; targetLevel: Level | null }
  onChange(level: Level): void
}) {
  const N = useLabels(CR_NAME)
  const H = useLabels(CR_LEVEL)
  const S = useLabels(STRATEGY)
  const up = levelUp(p.person.level)
  return (
    <Space.Compact style={{ width: '100%' }} data-testid={`level-${p.person.id}`} data-level={p.person.level}>
      <Tooltip title={H[p.person.level]}>
        <Select<Level>
          size="small"
          style={{ width: '100%' }}
          value={p.person.level}
          popupMatchSelectWidth={false}
          options={LEVELS.map((l) => ({ value: l, label: N[l], title: H[l] }))}
          onChange={(l) => p.onChange(l)}
          aria-label={N[p.person.level]}
        />
      </Tooltip>
      <Tooltip title={up ? `${S.levelUpHelp}: ${H[p.person.level]}` : S.top}>
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          disabled={!up}
          aria-label={S.levelUp}
          data-testid={`level-up-${p.person.id}`}
          onClick={() => up && p.onChange(up)}
        />
      </Tooltip>
    </Space.Compact>
  )
}
