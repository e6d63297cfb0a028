/** Registers `<review-stamp>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {ReviewStamp} from './review-stamp.js';

defineElements({'review-stamp': ReviewStamp});
configureOnDemand();
