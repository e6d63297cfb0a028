import '../../console-guard.js';
import {checkEveryState} from '../states.js';

checkEveryState('news-list');
