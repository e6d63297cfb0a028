/** Registers `<network-list>` and the `<contact-card>` it shows contact people with. */
import {defineElements} from '../../internal/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {ContactCard} from '../contact-card/contact-card.js';
import {NetworkList} from './network-list.js';

defineElements({'network-list': NetworkList, 'contact-card': ContactCard});
configureOnDemand();
