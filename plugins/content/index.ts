import { contentPlugin } from './plugin.js';

export default contentPlugin;
