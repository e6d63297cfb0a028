/**
 * The lazily loaded half of structured data, one chunk: the schema.org mapping
 * and the script it goes into, loaded once a block first has something to
 * describe, so pages whose blocks describe nothing never fetch it.
 */
export {schemaOf, serialize} from './schema.js';
export {syncScript} from './script.js';
