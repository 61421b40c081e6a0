import * as path from 'node:path'
import { writeDemoData } from './demo'
import { createWorkspace, isWorkspace } from './store'

export const SAMPLE_WORKSPACE_NAME = '示例工作区'

/** The folder the app opens on first start; created with the sample data when missing. */
export async function ensureSampleWorkspace(home: string): Promise<string> {
  const dir = path.join(home, SAMPLE_WORKSPACE_NAME)
  if (!(await isWorkspace(dir))) {
    const ws = await createWorkspace(dir, { name: SAMPLE_WORKSPACE_NAME, app: 'bidbench-setup' })
    await writeDemoData(ws)
    await ws.close()
  }
  return dir
}
