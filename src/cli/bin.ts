// Development entry (`npm run brink -- …`); the installed `brink` runs bin/brink.js over dist/.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
