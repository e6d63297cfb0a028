/** Registers `<network-list>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {NetworkList} from './network-list.js';

defineElements({'network-list': NetworkList});
configureOnDemand();
