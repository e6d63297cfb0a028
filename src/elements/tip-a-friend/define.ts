/** Registers `<tip-a-friend>`. */
import {defineElements} from '../../internal/define-element.js';
import {TipAFriend} from './tip-a-friend.js';

defineElements({'tip-a-friend': TipAFriend});
