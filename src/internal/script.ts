/**
 * The `<script type="application/ld+json">` of each block in the document's
 * head, written through a Trusted Types policy of our own.
 */

/** The policy name a page that lists its Trusted Types policies must allow for structured data. */
export const POLICY_NAME = 'municipal-widgets';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy;
}

/** Our Trusted Types policy; `null` where the page does not allow it, `undefined` until tried. */
let policy: ScriptPolicy | null | undefined;

/**
 * The script text for `json`. Where Trusted Types exist, a script's text must
 * be a TrustedScript once the page enforces them, so it comes from a policy of
 * our own that accepts nothing but escaped JSON: as JavaScript, JSON is inert
 * (a syntax error or an expression without effects), so the policy opens no
 * way to run code. A page that lists its policies and leaves ours out gets no
 * structured data (the browser reports the refused policy once).
 */
function scriptText(json: string): string | undefined {
  const factory = (globalThis as {trustedTypes?: PolicyFactory}).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(POLICY_NAME, {
        createScript(input) {
          JSON.parse(input);
          if (/[<>&\u2028\u2029]/.test(input)) throw new TypeError('unescaped JSON-LD');
          return input;
        },
      });
    } catch {
      policy = null;
    }
  }
  // A TrustedScript, which a script's `text` takes where it takes strings.
  return policy?.createScript(json) as string | undefined;
}

const scripts = new WeakMap<Element, HTMLScriptElement>();

/** The JSON-LD script that describes `host`, if it has one; for tests. */
export const scriptOf = (host: Element) => scripts.get(host);

/**
 * Puts `json`, the description of what `host` shows, into its script in the
 * document's head (creating or updating it), or removes the script when there
 * is nothing to describe (`undefined`).
 */
export function syncScript(host: Element, json: string | undefined) {
  let script = scripts.get(host);
  if (script && (!json || script.ownerDocument !== host.ownerDocument)) {
    script.remove();
    scripts.delete(host);
    script = undefined;
  }
  if (!json || (script?.isConnected && script.text === json)) return;
  const value = scriptText(json);
  if (value === undefined) return;
  const doc = host.ownerDocument;
  if (!script) {
    script = doc.createElement('script');
    // Set before any text: the script is a data block, never run.
    script.type = 'application/ld+json';
    scripts.set(host, script);
  }
  script.text = value;
  if (!script.isConnected) (doc.head ?? doc.documentElement).append(script);
}
