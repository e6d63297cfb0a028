/** Registers `<news-list>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {NewsList} from './news-list.js';

defineElements({'news-list': NewsList});
configureOnDemand();
