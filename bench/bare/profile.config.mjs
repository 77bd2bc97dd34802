// @ts-check
// The bare site's configuration for `npm run bench -- --profile`.
import config from './astro.config.mjs';
import { withKeptBundle } from '../keep-bundle.mjs';

export default withKeptBundle(config);
