import { builderPlugin } from './plugin.js';

export default builderPlugin;
