/**
 * The tell-a-friend form's logic, loaded as one chunk when the visitor first
 * enters the form (like the vCard builder): checking, sending, composing,
 * and what the visitor reads afterwards. Its modules follow concerns; the
 * chunk follows load time.
 */
export {
  check,
  problemText,
  validate,
  type Errors,
  type Problem,
} from './tip-validation.js';
export {composeMail, mailtoHref, post, postBody} from './tip-mail.js';
export {outcome, summary} from './tip-outcome.js';
export {again, checkFields, send} from './tip-send.js';
