/**
 * The entry of dist/editor.js: the elements (for the preview) and the editor.
 * It defines `<feed-editor>` here, not in its module, because the package
 * marks only its define modules as having side effects.
 */
import '../define.js';
import {FeedEditor} from './feed-editor.js';

if (!customElements.get('feed-editor')) customElements.define('feed-editor', FeedEditor);
