import { defineElement } from '../../shared/define.js';
import '../activity-feed/define.js';
import '../events-calendar/define.js';
import '../network-card/define.js';
import { CityProfile } from './city-profile.js';

defineElement('city-profile', CityProfile);

export { CityProfile };
