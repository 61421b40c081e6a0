import { parseArgs } from 'node:util'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { SAMPLE_WORKSPACE_NAME } from '@services/sample-workspace'
import { DOC_KINDS } from '@shared/schemas'
import { UsageError, type CliCommand } from '../types'

export const command: CliCommand = {
  name: 'demo',
  summary: { zh: '把示例工作区写入一个文件夹', en: 'Write the sample workspace to a folder' },
  usage: 'demo <dir> [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    if (positionals.length !== 1) throw new UsageError('usage: bidbench demo <dir>')
    const ws = await createWorkspace(positionals[0], { name: SAMPLE_WORKSPACE_NAME, app: 'bidbench-cli' })
    try {
      await writeDemoData(ws)
      const counts = Object.fromEntries(DOC_KINDS.map((k) => [k, ws.list(k).length]))
      if (values.json) io.out(JSON.stringify({ dir: ws.dir, counts }))
      else
        io.out(
          `示例工作区已写入 / sample workspace written: ${ws.dir}\n${Object.entries(counts)
            .map(([k, n]) => `  ${k}: ${n}`)
            .join('\n')}`,
        )
    } finally {
      await ws.close()
    }
    return 0
  },
}
