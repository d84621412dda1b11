export { analyticsPlugin as default } from './plugin.js';
