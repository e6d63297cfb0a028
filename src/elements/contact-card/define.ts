/** Registers `<contact-card>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {ContactCard} from './contact-card.js';

defineElements({'contact-card': ContactCard});
configureOnDemand();
