/**
 * The lazily loaded half of structured data for review stamps and news lists: their
 * schema.org mapping and the script it goes into, one chunk loaded once such
 * a block first has something to describe, so pages whose blocks describe
 * nothing never fetch it, and a page of the other kinds never fetches this one.
 */
export {schemaOf} from './schema-pages.js';
export {serialize} from './json-ld.js';
export {syncScript} from './script.js';
