/** Registers `<twin-towns>`. */
import {defineElements} from '../../internal/define-element.js';
import {TwinTowns} from './twin-towns.js';

defineElements({'twin-towns': TwinTowns});
