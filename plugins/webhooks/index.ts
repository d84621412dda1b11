import { webhooksPlugin } from './plugin.js';

export default webhooksPlugin;
