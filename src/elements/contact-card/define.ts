/** Registers `<contact-card>`. */
import {defineElements} from '../../internal/define-element.js';
import {ContactCard} from './contact-card.js';

defineElements({'contact-card': ContactCard});
