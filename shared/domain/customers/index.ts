export * from './chain'
export * from './link'
export * from './tier'
export * from './risks'
