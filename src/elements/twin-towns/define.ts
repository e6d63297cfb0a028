/** Registers `<twin-towns>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {TwinTowns} from './twin-towns.js';

defineElements({'twin-towns': TwinTowns});
configureOnDemand();
