import { runCli } from './cli-run';

const { exitCode, output } = await runCli(process.argv.slice(2));
console.log(output);
process.exitCode = exitCode;
