/**
 * Defines all four elements at once and converts CMS markup: the entry of
 * `import 'civic-widgets/define'` (npm). The script-tag build uses
 * src/embed/loader.ts instead, which defines each tag on first use.
 */
import './widgets/network-card/define.js';
import './widgets/activity-feed/define.js';
import './widgets/events-calendar/define.js';
import './widgets/city-profile/define.js';
import { startUpgrades } from './embed/upgrade.js';

startUpgrades();

export { upgradeAll } from './embed/upgrade.js';
export * from './index.js';
