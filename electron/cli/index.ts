import { runCli } from './run'

const io = {
  out: (s: string) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s: string) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
}

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
    process.exitCode = 1
  },
)
