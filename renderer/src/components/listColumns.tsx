import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { MessageKey } from '@shared/i18n'
import { Timestamp } from './DateInput'

type T = (key: MessageKey) => string

/** The columns every document list ends with: when it changed, then rename and delete. */
export function trailingColumns<R extends { updatedAt: string }>(
  t: T,
  onRename: (r: R) => void,
  onDelete: (r: R) => void,
) {
  return [
    {
      title: t('list.updatedAt'),
      dataIndex: 'updatedAt',
      width: 170,
      render: (v: string) => <Timestamp iso={v} />,
    },
    {
      title: t('list.actions'),
      key: 'a',
      width: 110,
      render: (_: unknown, r: R) => (
        <Space>
          <Button
            size="small"
            type="text"
            aria-label={t('action.rename')}
            icon={<EditOutlined />}
            onClick={() => onRename(r)}
          />
          <Button
            size="small"
            type="text"
            danger
            aria-label={t('action.delete')}
            icon={<DeleteOutlined />}
            onClick={() => onDelete(r)}
          />
        </Space>
      ),
    },
  ]
}
