import { defineElement } from '../../shared/define.js';
import { EventsCalendar } from './events-calendar.js';

defineElement('events-calendar', EventsCalendar);

export { EventsCalendar };
