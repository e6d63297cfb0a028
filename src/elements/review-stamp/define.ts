/** Registers `<review-stamp>`. */
import {defineElements} from '../../internal/define-element.js';
import {ReviewStamp} from './review-stamp.js';

defineElements({'review-stamp': ReviewStamp});
