import '../../console-guard.js';
import {checkEveryState} from '../states.js';

checkEveryState('review-stamp');
