/** Registers `<news-list>`. */
import {defineElements} from '../../internal/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {NewsList} from './news-list.js';

defineElements({'news-list': NewsList});
configureOnDemand();
