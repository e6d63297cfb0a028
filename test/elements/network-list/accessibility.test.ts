import '../../console-guard.js';
import {checkEveryState} from '../states.js';

checkEveryState('network-list');
