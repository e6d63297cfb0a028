/**
 * The library's classes, types and events, with no side effects: import these
 * to register the elements under names of your own.
 */
export * from './api.js';
// Not in the bundle's exports: there the validators load beside the feed.
export {validateFeed} from './feed/validate.js';
