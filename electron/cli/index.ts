import { main } from './workbench.ts';

process.exitCode = await main(process.argv.slice(2));
