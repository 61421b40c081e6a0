import * as path from 'node:path'
import type { DocKind } from '@shared/schemas'

/** Where everything of a workspace lives on disk (docs/DATA.md). */
export class WorkspacePaths {
  constructor(readonly root: string) {}
  get workspaceFile() {
    return path.join(this.root, 'workspace.json')
  }
  get meta() {
    return path.join(this.root, '.bidbench')
  }
  get lock() {
    return path.join(this.meta, 'lock.json')
  }
  kindDir(kind: DocKind) {
    return path.join(this.root, kind)
  }
  doc(kind: DocKind, id: string) {
    return path.join(this.root, kind, `${id}.json`)
  }
  generations(kind: DocKind | 'workspace', id: string) {
    return path.join(this.meta, 'generations', kind, id)
  }
  backups(kind: DocKind | 'workspace') {
    return path.join(this.meta, 'backups', kind)
  }
  corrupt(kind: DocKind | 'workspace') {
    return path.join(this.meta, 'corrupt', kind)
  }
  trash(kind: DocKind) {
    return path.join(this.meta, 'trash', kind)
  }
  indexSnapshot(kind: DocKind) {
    return path.join(this.meta, 'index', `${kind}.json`)
  }
  indexLog(kind: DocKind) {
    return path.join(this.meta, 'index', `${kind}.log`)
  }
  files() {
    return path.join(this.root, 'files')
  }
  file(sha256: string) {
    return path.join(this.root, 'files', sha256)
  }
}
