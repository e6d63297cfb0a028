/** Registers `<tip-a-friend>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {TipAFriend} from './tip-a-friend.js';

defineElements({'tip-a-friend': TipAFriend});
configureOnDemand();
