import { defineElement } from '../../shared/define.js';
import { ActivityFeed } from './activity-feed.js';

defineElement('activity-feed', ActivityFeed);

export { ActivityFeed };
