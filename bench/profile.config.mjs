// @ts-check
// The site's benchmark configuration for `npm run bench -- --profile`.
import config from './full.config.mjs';
import { withKeptBundle } from './keep-bundle.mjs';

export default withKeptBundle(config);
