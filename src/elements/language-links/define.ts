/** Registers `<language-links>`. */
import {defineElements} from '../../base/define-element.js';
import {configureOnDemand} from '../../i18n/localization.js';
import {LanguageLinks} from './language-links.js';

defineElements({'language-links': LanguageLinks});
configureOnDemand();
