import { defineElement } from '../../shared/define.js';
import { NetworkCard } from './network-card.js';

defineElement('network-card', NetworkCard);

export { NetworkCard };
