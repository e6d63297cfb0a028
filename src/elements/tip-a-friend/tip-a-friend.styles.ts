/** Styles of `<tip-a-friend>`. */
import {css} from 'lit';

/** Only in a prerendered page: the note for readers without JavaScript. */
// A function, so that the bundle, which never calls it, leaves it out.
export const serverStyles = () => css`
  @media (scripting: enabled) {
    .no-script {
      display: none;
    }
  }
`;

export const styles = css`
  :host {
    --_mw-error: var(--mw-color-error, #b3261e);
  }
  form {
    display: grid;
    gap: calc(var(--_mw-space) * 0.75);
    max-width: 36em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .field.invalid {
    padding-left: 0.75em;
    border-left: 4px solid var(--_mw-error);
  }
  label {
    font-weight: bold;
  }
  .marker {
    font-weight: normal;
  }
  input,
  textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_mw-error);
  }
  .error {
    margin: 0;
    color: var(--_mw-error);
    font-weight: bold;
  }
  .summary {
    padding: 0.75em 1em;
    border: 4px solid var(--_mw-error);
    border-radius: var(--_mw-radius);
  }
  .summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .summary a {
    color: var(--_mw-error);
    font-weight: bold;
  }
  .actions {
    margin: 0;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .result:not(:empty) {
    margin-top: var(--_mw-space);
    padding: 0.75em 1em;
    border-left: 4px solid var(--_mw-accent);
    background: var(--mw-color-surface, transparent);
  }
  .result.failed {
    border-color: var(--_mw-error);
  }
  .result button {
    display: block;
    margin-top: 0.5em;
  }
`;
