/**
 * Defines all four elements. This is the entry of the one-script-tag build
 * (dist/civic-widgets.js) and of `import 'civic-widgets/define'`.
 */
import './widgets/network-card/define.js';
import './widgets/activity-feed/define.js';
import './widgets/events-calendar/define.js';
import './widgets/city-profile/define.js';
import './embed/upgrade.js';

export * from './index.js';
