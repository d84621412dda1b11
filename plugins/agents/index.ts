import { agentsPlugin } from './plugin.js';

export default agentsPlugin;
