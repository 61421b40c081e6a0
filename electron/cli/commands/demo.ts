import { parseArgs } from 'node:util'
import { SAMPLE_WORKSPACE_NAME } from '@services/sample-workspace'
import { call, noWorkspace } from '../api'
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
    // workspace.create with the sample data, as the app's 新建工作区 does.
    const ctx = noWorkspace()
    try {
      const info = await call(ctx, 'workspace.create', {
        dir: positionals[0],
        name: SAMPLE_WORKSPACE_NAME,
        demo: true,
      })
      const { dir, counts } = info
      if (values.json) io.out(JSON.stringify({ dir, counts }))
      else
        io.out(
          `示例工作区已写入 / sample workspace written: ${dir}\n${Object.entries(counts)
            .map(([k, n]) => `  ${k}: ${n}`)
            .join('\n')}`,
        )
    } finally {
      await ctx.close()
    }
    return 0
  },
}
