/** Entry point of the `vbs-conformance` command: dispatches to its one subcommand, `validate`. */
import { EXIT_USAGE, VALIDATE_USAGE, runValidate } from './validate';

const USAGE = `Usage: vbs-conformance validate [options] FILE|-

Run "vbs-conformance validate --help" for the options.
The conformance run itself is "npm run conformance".`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    stdout: (text: string) => process.stdout.write(`${text}\n`),
    stderr: (text: string) => process.stderr.write(`${text}\n`),
    readStdin,
    env: process.env,
  };
  if (command === 'validate') return runValidate(rest, io);
  if (command === '-h' || command === '--help') {
    io.stdout(`${USAGE}\n\n${VALIDATE_USAGE}`);
    return 0;
  }
  io.stderr(command === undefined ? USAGE : `Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
  return EXIT_USAGE;
}
