/**
 * `<feed-editor>`: opens, edits, checks, previews and saves a feed. Rendered
 * in the light DOM of its page (dist/editor.html), so that labels, fragment
 * links and focus work across the whole form as on any plain page.
 */
import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {validateFeed} from '../feed/validate.js';
import {emailAddress, protectEmail} from '../feed/email.js';
import {forgetFeed} from '../feed/store.js';
import {protectFeed} from '../../bin/lib/protect.mjs';
import {schema} from './generated/schema.js';
import type {FeedProblem} from '../feed/types.js';
import {compareText, countryName} from '../i18n/format.js';
import {
  SECTIONS,
  emptyFeed,
  fieldId,
  getPath,
  isLanguageTag,
  isObject,
  languagesIn,
  lossOf,
  parseFeed,
  parsePath,
  pathString,
  formatOf,
  serialise,
  DEFAULT_FORMAT,
  type Format,
  setPath,
  setText,
  textIn,
  type Json,
  type JsonObject,
  type Path,
  type Section,
} from './doc.js';
import {FIELDS, PHONE_KINDS, PUBLISHER, TITLE_KEY, type Field} from './fields.js';
import {
  EDITOR_LANGUAGES,
  editorLanguage,
  translate,
  type EditorLanguage,
  type MessageKey,
} from './messages.js';
import {csvImport, csvTemplate, type CsvImport} from './csv.js';
import {PREVIEW_TAGS, snippet, type PreviewTag} from './snippets.js';

export const DRAFT_KEY = 'municipal-widgets-editor:draft';
export const LANGUAGE_KEY = 'municipal-widgets-editor:language';

interface Draft {
  doc: JsonObject;
  feedUrl?: string;
  format?: Format;
  name: string;
  baseline: string;
  languages: string[];
  time: string;
}

/** Every country code Intl can name: ISO 3166-1 alpha-2, less the groupings Intl adds. */
const COUNTRY_CODES = (() => {
  const names = new Intl.DisplayNames('en', {type: 'region', fallback: 'none'});
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code) && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB'].includes(code))
        codes.push(code);
    }
  return codes;
})();

/** Every country as [code, name in `locale`], in that language's alphabetical order; worked out once per language. */
const countryOptions = (() => {
  const lists = new Map<string, (readonly [string, string])[]>();
  return (locale: string) => {
    let list = lists.get(locale);
    if (!list) {
      const byName = compareText(locale);
      list = COUNTRY_CODES.map((code) => [code, countryName(code, locale)] as const).sort(
        (a, b) => byName(a[1], b[1]),
      );
      lists.set(locale, list);
    }
    return list;
  };
})();

/**
 * What a value in each of the schema's formats must be (src/feed/formats.ts);
 * `text` is only ever inside a localised text, whose problem is `l10n`.
 */
const FORMAT_MESSAGES: Record<string, MessageKey> = {
  date: 'pDate',
  'http-url': 'pUrl',
  'url-reference': 'pUrlReference',
  line: 'pLine',
};

/** Languages offered to add besides those the feed has: the library's and its neighbours'. */
const COMMON_LANGUAGES = [
  'sv',
  'en',
  'da',
  'nb',
  'nn',
  'fi',
  'de',
  'it',
  'fr',
  'es',
  'pl',
  'et',
  'lv',
  'lt',
  'is',
  'se',
  'nl',
  'ar',
  'so',
];

const SECTION_TITLE: Record<Section, MessageKey> = {
  contacts: 'sectionContacts',
  networks: 'sectionNetworks',
  twinTowns: 'sectionTwinTowns',
  pages: 'sectionPages',
  news: 'sectionNews',
};
const ADD_ENTRY: Record<Section, MessageKey> = {
  contacts: 'addContact',
  networks: 'addNetwork',
  twinTowns: 'addTwinTown',
  pages: 'addPage',
  news: 'addNews',
};

export class FeedEditor extends LitElement {
  static override properties = {
    language: {state: true},
    doc: {state: true},
    problems: {state: true},
    status: {state: true},
    openError: {state: true},
    draft: {state: true},
    csv: {state: true},
    saving: {state: true},
    previewTag: {state: true},
    previewAttributes: {state: true},
    previewLanguage: {state: true},
    phone: {state: true},
    copied: {state: true},
    feedUrl: {state: true},
    protect: {state: true},
  };

  language: EditorLanguage = editorLanguage();
  doc?: JsonObject;
  /** The name of the file or URL opened, for the draft and the status line. */
  name = '';
  /** Where the feed is published (opened from, or given): logos must be on its host. */
  feedUrl = '';
  /** Whether saving writes every e-mail address protected (as `protect-emails` does). */
  protect = false;
  /** The indentation and final newline of the file opened, kept when saving. */
  format: Format = DEFAULT_FORMAT;
  /** The feed as last opened or saved, to tell unsaved changes. */
  baseline = '';
  problems: FeedProblem[] = [];
  /** Languages the editor added fields for, beyond those the feed has texts in. */
  addedLanguages: string[] = [];
  status = '';
  openError = '';
  draft?: Draft;
  csv?: CsvImport & {fileName: string};
  saving = false;
  previewTag: PreviewTag = 'network-list';
  previewAttributes: Record<string, string> = {};
  previewLanguage = '';
  phone = false;
  copied = false;

  private opened = new WeakSet<object>();
  private previewUrl?: string;
  private previewTimer?: ReturnType<typeof setTimeout>;
  /** The languages the feed's texts are in, worked out once per edit (`changed`). */
  private feedLanguages: string[] = [];
  /** The problems at each path. */
  private problemsByPath = new Map<string, FeedProblem[]>();
  /** The problems at each path or below it: filed under every path above theirs too. */
  private problemsUnder = new Map<string, FeedProblem[]>();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (stored && (EDITOR_LANGUAGES as readonly string[]).includes(stored))
      this.language = stored as EditorLanguage;
    document.documentElement.lang = this.language;
    this.draft = this.readDraft();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.previewTimer);
    if (this.previewUrl) {
      URL.revokeObjectURL(this.previewUrl);
      forgetFeed(this.previewUrl);
    }
  }

  private t(key: MessageKey, params?: Record<string, string | number>) {
    return translate(this.language, key, params);
  }

  /** Whether the feed differs from the file as opened or last saved: worked out once per change. */
  private dirty = false;

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  // ---- the draft -------------------------------------------------------

  private readDraft(): Draft | undefined {
    try {
      const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
      return draft && isObject(draft.doc) ? draft : undefined;
    } catch {
      return undefined;
    }
  }

  private writeDraft() {
    if (!this.doc) return;
    if (!this.dirty) {
      localStorage.removeItem(DRAFT_KEY);
      return;
    }
    const draft: Draft = {
      doc: this.doc,
      feedUrl: this.feedUrl,
      format: this.format,
      name: this.name,
      baseline: this.baseline,
      languages: this.addedLanguages,
      time: new Date().toISOString(),
    };
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      this.status = this.t('draftFull');
    }
  }

  private restoreDraft() {
    const draft = this.draft!;
    this.draft = undefined;
    this.load(draft.doc, draft.name, draft.format ?? DEFAULT_FORMAT, draft.baseline, {
      feedUrl: draft.feedUrl,
      languages: draft.languages,
    });
    this.status = this.t('draftRestored', {name: draft.name || this.t('newFeed')});
  }

  private discardDraft() {
    localStorage.removeItem(DRAFT_KEY);
    this.draft = undefined;
    this.status = this.t('draftDiscarded');
  }

  // ---- opening ---------------------------------------------------------

  /**
   * Takes a parsed feed as the document to edit. `baseline` is the text it
   * counts as saved; `feedUrl` where it is published (logos are checked
   * against it) and `languages` the text languages added by hand, for a
   * feed opened from the web or a draft.
   */
  load(
    doc: JsonObject,
    name: string,
    format = DEFAULT_FORMAT,
    baseline = serialise(doc, format),
    {feedUrl = '', languages = [] as string[]} = {},
  ) {
    this.doc = doc;
    this.feedUrl = feedUrl;
    this.format = format;
    this.name = name;
    this.baseline = baseline;
    this.addedLanguages = languages;
    this.opened = new WeakSet();
    this.openError = '';
    this.csv = undefined;
    // The preview's ids and topics were another feed's.
    this.previewLanguage = '';
    this.previewAttributes = {};
    this.changed(false);
  }

  private confirmReplace() {
    return !this.dirty || window.confirm(this.t('confirmDiscard'));
  }

  /** Opens a feed from its text, reporting what is wrong when it is not one. */
  openText(text: string, name: string, feedUrl?: string) {
    let data: Json;
    try {
      data = parseFeed(text);
    } catch (error) {
      this.openError = this.t('openNotJson', {name, detail: (error as Error).message});
      return false;
    }
    if (!isObject(data)) {
      this.openError = this.t('openNotFeed', {name});
      return false;
    }
    this.draft = undefined;
    this.load(data, name, formatOf(text), undefined, {feedUrl});
    this.status = this.t('opened', {name, ...this.counts()});
    return true;
  }

  async openFile(file: File) {
    if (!this.confirmReplace()) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch {
      this.openError = this.t('openNotUtf8', {name: file.name});
      return;
    }
    this.openText(text, file.name);
  }

  private async openUrl(event: Event) {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#open-url')!;
    const given = input.value.trim();
    let url: URL;
    try {
      url = new URL(given);
      if (!/^https?:$/.test(url.protocol)) throw new TypeError();
    } catch {
      this.openError = this.t('openBadUrl');
      input.focus();
      return;
    }
    if (!this.confirmReplace()) return;
    this.openError = '';
    this.status = this.t('fetching', {url: url.href});
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {accept: 'application/json'},
        cache: 'no-cache',
      });
    } catch {
      this.status = '';
      this.openError = this.t('openCors', {host: url.host, origin: location.origin});
      return;
    }
    if (!response.ok) {
      this.status = '';
      this.openError = this.t('openHttp', {url: url.href, status: response.status});
      return;
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    try {
      const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
      this.openText(text, url.href, url.href);
    } catch {
      this.openError = this.t('openNotUtf8', {name: url.href});
    }
  }

  private newFeed() {
    if (!this.confirmReplace()) return;
    this.draft = undefined;
    // A new feed counts as unsaved from the start.
    this.load(emptyFeed(this.language), '', DEFAULT_FORMAT, '');
    this.status = this.t('created');
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(
        `#${fieldId(['publisher', 'name', this.language])}`,
      )?.focus(),
    );
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.querySelector('.drop')?.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  }

  private counts() {
    const count = (section: Section) => {
      const list = this.doc?.[section];
      return Array.isArray(list) ? list.length : 0;
    };
    return {
      networks: count('networks'),
      contacts: count('contacts'),
      twinTowns: count('twinTowns'),
      pages: count('pages'),
      news: count('news'),
    };
  }

  // ---- editing ---------------------------------------------------------

  /** After every change: check the feed, keep the draft, refresh the preview. */
  private changed(keepDraft = true) {
    if (!this.doc) return;
    this.dirty = serialise(this.doc, this.format) !== this.baseline;
    this.problems = validateFeed(this.doc, this.checkedUrl).problems;
    this.feedLanguages = languagesIn(this.doc);
    this.problemsByPath = new Map();
    this.problemsUnder = new Map();
    const file = (
      map: Map<string, FeedProblem[]>,
      path: string,
      problem: FeedProblem,
    ) => {
      const list = map.get(path);
      if (list) list.push(problem);
      else map.set(path, [problem]);
    };
    for (const problem of this.problems) {
      const {path} = problem;
      file(this.problemsByPath, path, problem);
      // `networks[3].homepage` is under `networks[3]` and `networks` too.
      for (let at = 0; at < path.length; at++)
        if (path[at] === '.' || path[at] === '[')
          file(this.problemsUnder, path.slice(0, at), problem);
      file(this.problemsUnder, path, problem);
    }
    if (keepDraft) this.writeDraft();
    this.requestUpdate();
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.refreshPreview(), keepDraft ? 300 : 0);
  }

  /** The feed's address as the validator takes it: absolute http(s), else none. */
  private get checkedUrl() {
    try {
      const url = new URL(this.feedUrl);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private get publisherLanguage() {
    const language = isObject(this.doc?.publisher)
      ? this.doc.publisher.language
      : undefined;
    return typeof language === 'string' && isLanguageTag(language) ? language : 'en';
  }

  /** The languages texts get a field in: the feed's and those added here. */
  get languages() {
    return [
      ...new Set([...this.feedLanguages, this.publisherLanguage, ...this.addedLanguages]),
    ];
  }

  private set(path: Path, value: Json | undefined) {
    setPath(this.doc!, path, value);
    this.changed();
  }

  private list(path: Path): Json[] {
    const list = getPath(this.doc, path);
    return Array.isArray(list) ? list : [];
  }

  private addEntry(section: Section) {
    if (!Array.isArray(this.doc![section])) this.doc![section] = [];
    const entry: JsonObject = {};
    const list = this.doc![section] as Json[];
    list.push(entry);
    this.opened.add(entry);
    this.changed();
    this.status = this.t('added');
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(
        `#${fieldId([section, list.length - 1, 'id'])}`,
      )?.focus(),
    );
  }

  private move(path: Path, index: number, by: number, focusId: string) {
    const list = getPath(this.doc, path) as Json[];
    const to = index + by;
    if (to < 0 || to >= list.length) return;
    const [item] = list.splice(index, 1);
    list.splice(to, 0, item!);
    this.changed();
    this.status = this.t(by < 0 ? 'movedUp' : 'movedDown', {
      n: to + 1,
      total: list.length,
    });
    // Focus stays on the button pressed, or on its twin once it reaches an end and is disabled.
    const other = focusId.replace(/-(up|down)$/, (_, d) =>
      d === 'up' ? '-down' : '-up',
    );
    void this.updateComplete.then(() => {
      const [same, twin] = [focusId, other].map((id) =>
        this.querySelector<HTMLButtonElement>(`#${id}-${to}`),
      );
      (same && !same.disabled ? same : twin)?.focus();
    });
  }

  private removeItem(path: Path, index: number, label: string, focusAfter: string) {
    const list = getPath(this.doc, path) as Json[];
    list.splice(index, 1);
    this.changed();
    this.status = this.t('removed', {name: label});
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(`#${focusAfter}`)?.focus(),
    );
  }

  private addLanguage(event: Event) {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#add-language')!;
    const tag = input.value.trim();
    if (!isLanguageTag(tag)) {
      this.status = this.t('badLanguage', {tag});
      input.focus();
      return;
    }
    if (!this.languages.includes(tag))
      this.addedLanguages = [...this.addedLanguages, tag];
    input.value = '';
    this.status = this.t('languageAdded', {language: this.languageName(tag)});
    this.requestUpdate();
  }

  languageName(tag: string) {
    try {
      const name = new Intl.DisplayNames(this.language, {
        type: 'language',
        fallback: 'none',
      }).of(tag);
      return name ? `${name} (${tag})` : tag;
    } catch {
      return tag;
    }
  }

  /** The name an entry goes by in the editor: its title in the editor's language, else its id. */
  entryLabel(section: Section, entry: Json) {
    if (!isObject(entry)) return '?';
    const title = entry[TITLE_KEY[section]];
    const text =
      typeof title === 'string'
        ? title
        : isObject(title)
          ? (title[this.language] ??
            title[this.publisherLanguage] ??
            Object.values(title)[0])
          : undefined;
    const id = typeof entry.id === 'string' ? entry.id : '';
    return (typeof text === 'string' && text.trim()) || id || this.t('unnamed');
  }

  // ---- checking --------------------------------------------------------

  private problemsAt(path: Path) {
    return this.problemsByPath.get(pathString(path)) ?? [];
  }

  /** A problem in words, localised: its field, its path and what is wrong. */
  describe(problem: FeedProblem) {
    const params = problem.params as Record<string, unknown>;
    const join = (value: unknown) =>
      Array.isArray(value) ? value.join(', ') : String(value);
    const text = (() => {
      switch (problem.code) {
        case 'format':
          return this.t(FORMAT_MESSAGES[String(params.format)] ?? 'pLine');
        case 'enum':
          return this.t('pEnum', {values: join(params.allowedValues)});
        case 'minimum':
        case 'maximum':
          return this.t(problem.code === 'minimum' ? 'pMinimum' : 'pMaximum', {
            limit: String(params.limit),
          });
        case 'duplicate-id':
        case 'unknown-contact':
          return this.t(
            problem.code === 'duplicate-id' ? 'pDuplicate' : 'pUnknownContact',
            {id: String(params.id)},
          );
        case 'type':
          return this.t(
            params.type === 'integer' || params.type === 'number' ? 'pNumber' : 'pType',
          );
        case 'pattern':
          return this.t(
            /\^\[A-Z\]\{2\}\$/.test(String(params.pattern))
              ? 'pCountry'
              : String(params.pattern) === '\\S'
                ? 'pRequired'
                : 'pPattern',
          );
        case 'required':
          return this.t('pRequired');
        case 'l10n':
          return this.t('pL10n');
        case 'language-tag':
          return this.t('pLanguageTag', {tag: String(params.propertyName)});
        case 'foreign-host':
          return this.t('pForeignHost', {
            host: new URL(this.checkedUrl ?? 'about:blank').host,
          });
        case 'protected-email':
          return this.t('pProtected');
        case 'unknown-country':
          return this.t('pCountry');
        case 'not-list':
          return this.t('pList');
        case 'version':
          return this.t('pVersion');
        default:
          return problem.message;
      }
    })();
    return text;
  }

  /** The label of the field a path points to: the deepest part with one (not a language of a text). */
  fieldLabel(path: string) {
    const parts = parsePath(path).filter(
      (part): part is string => typeof part === 'string',
    );
    // The first part is the feed's list (or the publisher), named by itself.
    for (let i = parts.length - 1; i >= 0; i--) {
      if (i === 0 && parts[0] !== 'publisher') break;
      const key = `l_${parts[i]}` as MessageKey;
      const label = this.t(key);
      if (label !== key) return label;
    }
    return parts[0] ?? '';
  }

  /** Moves focus to the field of a problem, opening its entry first (the GOV.UK error summary's links). */
  async focusProblem(event: Event, problem: FeedProblem) {
    event.preventDefault();
    const path = parsePath(problem.path);
    const [section, index] = path;
    if (typeof section === 'string' && typeof index === 'number') {
      const entry = this.list([section])[index];
      if (isObject(entry)) this.opened.add(entry);
      this.requestUpdate();
      await this.updateComplete;
    }
    const text = problem.path;
    const fields = [...this.querySelectorAll<HTMLElement>('[data-path]')];
    const target =
      fields.find((field) => field.dataset.path === text) ??
      fields.find(
        (field) =>
          field.dataset.path!.startsWith(`${text}.`) ||
          field.dataset.path!.startsWith(`${text}[`),
      ) ??
      // The field holding the part the problem names (a protected address's code).
      fields
        .filter((field) => text.startsWith(`${field.dataset.path}.`))
        .sort((a, b) => b.dataset.path!.length - a.dataset.path!.length)[0] ??
      this.querySelector<HTMLElement>(`#${fieldId(path.slice(0, 2))}-summary`);
    target?.scrollIntoView({block: 'center'});
    target?.focus();
  }

  // ---- saving ----------------------------------------------------------

  private save() {
    if (this.problems.length) {
      this.saving = true;
      void this.updateComplete.then(() =>
        this.querySelector<HTMLDialogElement>('#save-dialog')?.showModal(),
      );
      return;
    }
    this.download();
  }

  private download() {
    this.querySelector<HTMLDialogElement>('#save-dialog')?.close();
    this.saving = false;
    // Protected on the way out only: the editor keeps addresses as they were written.
    const text = serialise(
      this.protect ? protectFeed(this.doc!, schema, protectEmail).feed : this.doc!,
      this.format,
    );
    const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'feed.json';
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.baseline = serialise(this.doc!, this.format);
    this.dirty = false;
    localStorage.removeItem(DRAFT_KEY);
    this.status = this.t('saved');
    this.requestUpdate();
  }

  private cancelSave() {
    this.querySelector<HTMLDialogElement>('#save-dialog')?.close();
    this.saving = false;
    this.querySelector<HTMLElement>('#save')?.focus();
  }

  /** What the elements will leave out, one line per entry or part. */
  losses() {
    const lines = new Map<string, string>();
    for (const problem of this.problems) {
      const loss = lossOf(problem);
      const label =
        'index' in loss
          ? this.entryLabel(loss.section, this.list([loss.section])[loss.index] ?? null)
          : '';
      const line = (() => {
        switch (loss.kind) {
          case 'feed':
            return this.t('lossFeed');
          case 'publisher':
            return this.t('lossPublisher');
          case 'list':
            return this.t('lossList', {section: this.t(SECTION_TITLE[loss.section])});
          case 'email':
            return this.t('lossEmail', {name: label});
          case 'logo':
            return this.t('lossLogo', {name: label});
          case 'language':
            return this.t('lossLanguage', {name: label});
          case 'reference':
            return this.t('lossReference', {name: label, id: loss.id});
          default:
            return this.t('lossEntry', {
              name: label,
              section: this.t(SECTION_TITLE[loss.section]),
            });
        }
      })();
      lines.set(line, line);
    }
    return [...lines.values()];
  }

  // ---- CSV -------------------------------------------------------------

  private async readCsv(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const section = this.querySelector<HTMLSelectElement>('#csv-section')!
      .value as Section;
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.csv = {...csvImport(bytes, section, this.doc!), fileName: file.name};
    input.value = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('#csv-result')?.focus();
  }

  private replaceWithCsv() {
    const {section, entries} = this.csv!;
    this.doc![section] = entries as Json[];
    this.csv = undefined;
    this.changed();
    this.status = this.t('csvReplaced', {
      n: entries.length,
      section: this.t(SECTION_TITLE[section]),
    });
    void this.updateComplete.then(() =>
      this.querySelector<HTMLElement>(`#section-${section}`)?.focus(),
    );
  }

  private downloadTemplate() {
    const section = this.querySelector<HTMLSelectElement>('#csv-section')!
      .value as Section;
    const url = URL.createObjectURL(new Blob([csvTemplate(section)], {type: 'text/csv'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${section}.csv`;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // ---- preview ---------------------------------------------------------

  private refreshPreview() {
    const box = this.querySelector('#preview-box');
    if (!box || !this.doc) return;
    const old = this.previewUrl;
    // The blocks load a logo only from the feed's own host, and a blob: URL has
    // none: the preview leaves logos out (the editor checks them, above).
    const shown = structuredClone(this.doc);
    if (Array.isArray(shown.networks))
      for (const network of shown.networks) if (isObject(network)) delete network.logo;
    this.previewUrl = URL.createObjectURL(
      new Blob([serialise(shown)], {type: 'application/json'}),
    );
    const element = document.createElement(this.previewTag);
    element.setAttribute('src', this.previewUrl);
    element.setAttribute('no-structured-data', '');
    element.setAttribute('lang', this.previewLanguage || this.publisherLanguage);
    for (const [name, value] of Object.entries(this.previewAttributes))
      if (value) element.setAttribute(name, value);
    box.replaceChildren(element);
    if (old)
      setTimeout(() => {
        URL.revokeObjectURL(old);
        forgetFeed(old);
      }, 5000);
  }

  private setPreview(
    change: Partial<
      Pick<FeedEditor, 'previewTag' | 'previewAttributes' | 'previewLanguage' | 'phone'>
    >,
  ) {
    Object.assign(this, change);
    if ('previewTag' in change) this.previewAttributes = {};
    this.copied = false;
    void this.updateComplete.then(() => this.refreshPreview());
  }

  private async copySnippet() {
    const area = this.querySelector<HTMLTextAreaElement>('#snippet')!;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      document.execCommand('copy');
    }
    this.copied = true;
  }

  // ---- rendering -------------------------------------------------------

  override render() {
    return html`
      <header class="top">
        <h1>${this.t('title')}</h1>
        <label class="inline"
          >${this.t('uiLanguage')}
          <select
            id="ui-language"
            @change=${(e: Event) => {
              this.language = (e.target as HTMLSelectElement).value as EditorLanguage;
              localStorage.setItem(LANGUAGE_KEY, this.language);
              document.documentElement.lang = this.language;
            }}
          >
            ${EDITOR_LANGUAGES.map(
              (tag) =>
                html`<option value=${tag} lang=${tag} ?selected=${tag === this.language}>
                  ${translate(tag, 'languageName')}
                </option>`,
            )}
          </select></label
        >
      </header>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      ${this.doc ? nothing : html`<p class="intro">${this.t('intro')}</p>`}
      ${this.draft ? this.renderDraft() : nothing} ${this.renderOpen()}
      ${this.doc ? this.renderDocument() : nothing}
    `;
  }

  private renderDraft() {
    const time = new Date(this.draft!.time);
    const when = Number.isNaN(time.getTime())
      ? ''
      : new Intl.DateTimeFormat(this.language, {
          dateStyle: 'long',
          timeStyle: 'short',
        }).format(time);
    return html`<section class="draft" aria-labelledby="draft-title">
      <h2 id="draft-title">${this.t('draftTitle')}</h2>
      <p>${this.t('draftText', {name: this.draft!.name || this.t('newFeed'), time: when})}</p>
      <button type="button" id="restore-draft" @click=${this.restoreDraft}>${this.t('draftRestore')}</button>
      <button type="button" class="secondary" @click=${this.discardDraft}>${this.t('draftDiscard')}</button>
    </section>`;
  }

  private renderOpen() {
    const panel = html`
      <div
        class="drop"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          (e.currentTarget as HTMLElement).classList.add('over');
        }}
        @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
        @drop=${this.onDrop}
      >
        <label for="open-file">${this.t('openFile')}</label>
        <p class="hint" id="open-file-hint">${this.t('openFileHint')}</p>
        <input
          type="file"
          id="open-file"
          accept=".json,application/json"
          aria-describedby="open-file-hint"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.openFile(file).then(() => (input.value = ''));
          }}
        />
      </div>
      <form class="url" @submit=${this.openUrl}>
        <label for="open-url">${this.t('openUrl')}</label>
        <p class="hint" id="open-url-hint">${this.t('openUrlHint')}</p>
        <input type="url" id="open-url" aria-describedby="open-url-hint" autocomplete="url" />
        <button type="submit">${this.t('openUrlButton')}</button>
      </form>
      <p><button type="button" id="new-feed" class="secondary" @click=${this.newFeed}>${this.t('newFeedButton')}</button></p>
      ${this.openError ? html`<p class="error-message" role="alert" id="open-error">${this.openError}</p>` : nothing}
    `;
    // Once a feed is open, opening another folds away behind its heading.
    return this.doc
      ? html`<details class="open-another" ?open=${Boolean(this.openError)}>
          <summary>${this.t('openAnother')}</summary>
          <section class="open" aria-label=${this.t('openAnother')}>${panel}</section>
        </details>`
      : html`<section class="open" aria-labelledby="open-title">
          <h2 id="open-title">${this.t('openTitle')}</h2>
          ${panel}
        </section>`;
  }

  private renderDocument() {
    return html`
      <div class="toolbar">
        <button type="button" id="save" @click=${this.save}>${this.t('save')}</button>
        <span class="saved-state">${this.dirty ? this.t('unsaved') : this.t('allSaved')}</span>
        <nav aria-label=${this.t('sectionsNav')}>
          <a href="#section-publisher">${this.t('l_publisher')}</a>
          ${SECTIONS.map(
            (section) =>
              html`<a href="#section-${section}">${this.t(SECTION_TITLE[section])}</a>`,
          )}
          <a href="#csv-title">${this.t('csvNav')}</a>
          <a href="#preview-title">${this.t('previewTitle')}</a>
        </nav>
      </div>
      ${this.renderSummary()}
      <div class="columns">
        <div class="form">
          ${this.renderPublishing()} ${this.renderLanguages()} ${this.renderPublisher()}
          ${SECTIONS.map((section) => this.renderSection(section))} ${this.renderCsv()}
        </div>
        ${this.renderPreview()}
      </div>
      ${this.saving ? this.renderSaveDialog() : nothing}
    `;
  }

  private renderSummary() {
    if (!this.problems.length)
      return html`<p class="all-valid">${this.t('noProblems')}</p>`;
    const shown = this.problems.slice(0, 100);
    return html`<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${this.t('summaryTitle', {n: this.problems.length})}</h2>
      <ul>
        ${shown.map(
          (problem) =>
            html`<li>
              <a href="#${fieldId(parsePath(problem.path))}" @click=${(e: Event) => this.focusProblem(e, problem)}
                >${this.fieldLabel(problem.path)} (<code>${problem.path || '(feed)'}</code>): ${this.describe(problem)}</a
              >
            </li>`,
        )}
      </ul>
      ${this.problems.length > shown.length ? html`<p>${this.t('moreProblems', {n: this.problems.length - shown.length})}</p>` : nothing}
    </div>`;
  }

  /** Where the feed goes: its address (logos are checked against it) and protected e-mail. */
  private renderPublishing() {
    return html`<section aria-labelledby="publishing-title">
      <h2 id="publishing-title">${this.t('publishingTitle')}</h2>
      <div class="field">
        <label for="feed-url">${this.t('feedUrl')} <span class="optional">${this.t('optional')}</span></label>
        <p class="hint" id="feed-url-hint">${this.t('feedUrlHint')}</p>
        <input
          type="url"
          id="feed-url"
          aria-describedby="feed-url-hint"
          .value=${this.feedUrl}
          @change=${(e: Event) => {
            this.feedUrl = (e.target as HTMLInputElement).value.trim();
            this.changed();
          }}
        />
      </div>
      <div class="checkbox field">
        <input
          type="checkbox"
          id="protect"
          aria-describedby="protect-hint"
          .checked=${this.protect}
          @change=${(e: Event) => (this.protect = (e.target as HTMLInputElement).checked)}
        />
        <label for="protect">${this.t('protectLabel')}</label>
        <p class="hint" id="protect-hint">${this.t('protectHint')}</p>
      </div>
    </section>`;
  }

  private renderLanguages() {
    const {languages} = this;
    return html`<section aria-labelledby="languages-title">
      <h2 id="languages-title">${this.t('languagesTitle')}</h2>
      <p class="hint">${this.t('languagesHint')}</p>
      <ul class="languages">
        ${languages.map((tag) => html`<li>${this.languageName(tag)}</li>`)}
      </ul>
      <form class="inline-form" @submit=${this.addLanguage}>
        <label for="add-language">${this.t('addLanguage')}</label>
        <input id="add-language" list="language-tags" aria-describedby="add-language-hint" autocomplete="off" />
        <datalist id="language-tags">
          ${COMMON_LANGUAGES.filter((tag) => !languages.includes(tag)).map(
            (tag) => html`<option value=${tag}>${this.languageName(tag)}</option>`,
          )}
        </datalist>
        <button type="submit">${this.t('addLanguageButton')}</button>
        <p class="hint" id="add-language-hint">${this.t('addLanguageHint')}</p>
      </form>
    </section>`;
  }

  private renderPublisher() {
    return html`<section aria-labelledby="section-publisher" class="section">
      <h2 id="section-publisher" tabindex="-1">${this.t('l_publisher')}</h2>
      ${PUBLISHER.map((field) => this.renderField(['publisher'], field))}
    </section>`;
  }

  private renderSection(section: Section) {
    const value = this.doc![section];
    const list = Array.isArray(value) ? value : [];
    return html`<section aria-labelledby="section-${section}" class="section">
      <h2 id="section-${section}" tabindex="-1">${this.t(SECTION_TITLE[section])} <span class="count">(${list.length})</span></h2>
      ${
        value !== undefined && !Array.isArray(value)
          ? html`<p class="error-message">${this.t('pList')}</p>`
          : html`<ol class="entries">
              ${list.map((entry, index) => this.renderEntry(section, entry, index, list.length))}
            </ol>
            <button type="button" id="add-${section}" @click=${() => this.addEntry(section)}>${this.t(ADD_ENTRY[section])}</button>`
      }
    </section>`;
  }

  private renderEntry(section: Section, entry: Json, index: number, total: number) {
    const label = this.entryLabel(section, entry);
    const base = fieldId([section, index]);
    const prefix = `${section}[${index}]`;
    const count = this.problemsUnder.get(prefix)?.length ?? 0;
    const open = isObject(entry) && this.opened.has(entry);
    return html`<li class="entry">
      <details
        ?open=${open}
        @toggle=${(e: Event) => {
          if (!isObject(entry)) return;
          const isOpen = (e.target as HTMLDetailsElement).open;
          if (isOpen === this.opened.has(entry)) return;
          if (isOpen) this.opened.add(entry);
          else this.opened.delete(entry);
          this.requestUpdate();
        }}
      >
        <summary id="${base}-summary">
          ${label}${count ? html` <span class="badge">${this.t('entryProblems', {n: count})}</span>` : nothing}
        </summary>
        ${
          open
            ? isObject(entry)
              ? FIELDS[section].map((field) => this.renderField([section, index], field))
              : html`<p class="error-message">${this.t('pType')}</p>`
            : nothing
        }
      </details>
      <div class="entry-actions">
        <button type="button" id="${section}-up-${index}" ?disabled=${index === 0} @click=${() => this.move([section], index, -1, `${section}-up`)}>
          ${this.t('moveUp')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          type="button"
          id="${section}-down-${index}"
          ?disabled=${index === total - 1}
          @click=${() => this.move([section], index, 1, `${section}-down`)}
        >
          ${this.t('moveDown')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          type="button"
          class="warning"
          @click=${() =>
            this.removeItem(
              [section],
              index,
              label,
              total > 1
                ? `${fieldId([section, Math.min(index, total - 2)])}-summary`
                : `add-${section}`,
            )}
        >
          ${this.t('remove')}<span class="visually-hidden">: ${label}</span>
        </button>
      </div>
    </li>`;
  }

  /** The label, hint and error message of a field, by the GOV.UK pattern. */
  private frame(
    path: Path,
    field: Field,
    control: (describedBy: string) => TemplateResult,
    group = false,
  ) {
    const id = fieldId(path);
    // Its own problems and those below it: a group's parts (languages, chips,
    // boxes, rows) have no message of their own, nor has a protected address's code.
    const problems = this.problemsUnder.get(pathString(path)) ?? [];
    const current0 = getPath(this.doc, path);
    const hintKey = (
      field.key === 'email' && isObject(current0) ? 'h_emailProtected' : `h_${field.key}`
    ) as MessageKey;
    const hint = this.t(hintKey);
    const hasHint = hint !== hintKey;
    const describedBy = [
      hasHint ? `${id}-hint` : '',
      problems.length ? `${id}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const current = getPath(this.doc, path);
    const label = html`${this.t(`l_${field.key}` as MessageKey)}${field.required ? nothing : html` <span class="optional">${this.t('optional')}</span>`}`;
    const body = html`
      ${hasHint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        problems.length
          ? html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${this.t('errorPrefix')}</span> ${problems.map((p) => this.describe(p)).join('; ')}
            ${
              field.shape === 'date' && typeof current === 'string' && current
                ? html`<span class="now">${this.t('nowReads', {value: current})}</span>`
                : nothing
            }
          </p>`
          : nothing
      }
      ${control(describedBy)}
    `;
    return group
      ? html`<fieldset class="field ${problems.length ? 'has-error' : ''}" aria-describedby=${describedBy || nothing}>
          <legend>${label}</legend>
          ${body}
        </fieldset>`
      : html`<div class="field ${problems.length ? 'has-error' : ''}">
          <label for=${id}>${label}</label>
          ${body}
        </div>`;
  }

  private renderField(base: Path, field: Field): TemplateResult {
    const path = [...base, field.key];
    const id = fieldId(path);
    const data = pathString(path);
    const value = getPath(this.doc, path);
    const shape = field.shape;
    if (typeof shape === 'object' && 'parts' in shape) {
      return html`<fieldset class="field group">
        <legend>${this.t(`l_${field.key}` as MessageKey)} <span class="optional">${this.t('optional')}</span></legend>
        ${
          this.problemsAt(path).length
            ? html`<p class="error-message" id="${id}-error" data-path=${data} tabindex="-1">
              <span class="visually-hidden">${this.t('errorPrefix')}</span> ${this.problemsAt(
                path,
              )
                .map((p) => this.describe(p))
                .join('; ')}
            </p>`
            : nothing
        }
        ${shape.parts.map((part) => this.renderField(path, part))}
      </fieldset>`;
    }
    if (typeof shape === 'object') {
      return this.frame(
        path,
        field,
        (
          describedBy,
        ) => html`<select id=${id} data-path=${data} aria-describedby=${describedBy || nothing} @change=${(e: Event) => this.set(path, (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${value === undefined}>${this.t('choose')}</option>
          ${shape.enum.map((option) => html`<option value=${option} ?selected=${value === option}>${this.t(`e_${option}` as MessageKey)}</option>`)}
          ${typeof value === 'string' && value && !shape.enum.includes(value) ? html`<option value=${value} selected>${value}</option>` : nothing}
        </select>`,
      );
    }
    switch (shape) {
      case 'l10n':
      case 'l10n-long':
        return this.frame(
          path,
          field,
          (describedBy) => this.renderTexts(path, shape === 'l10n-long', describedBy),
          true,
        );
      case 'l10n-list':
        return this.renderTopics(path, field);
      case 'country':
        return this.frame(path, field, (describedBy) =>
          this.renderCountrySelect(path, describedBy),
        );
      case 'countries':
        return this.renderCountries(path, field);
      case 'contacts':
        return this.renderContactRefs(path, field);
      case 'phones':
        return this.renderPhones(path, field);
      case 'urls-by-language':
        return this.frame(
          path,
          field,
          (describedBy) => this.renderUrlsByLanguage(path, describedBy),
          true,
        );
      case 'language':
        return this.frame(
          path,
          field,
          (describedBy) => html`<input
            id=${id}
            data-path=${data}
            list="language-tags-all"
            autocomplete="off"
            class="short"
            aria-describedby=${describedBy || nothing}
            .value=${typeof value === 'string' ? value : ''}
            @input=${(e: Event) => this.set(path, (e.target as HTMLInputElement).value.trim() || undefined)}
          />
          <datalist id="language-tags-all">${COMMON_LANGUAGES.map((tag) => html`<option value=${tag}>${this.languageName(tag)}</option>`)}</datalist>`,
        );
      default:
        return this.frame(path, field, (describedBy) =>
          this.renderInput(path, shape, describedBy),
        );
    }
  }

  private renderInput(
    path: Path,
    shape: 'text' | 'textarea' | 'url' | 'email' | 'integer' | 'number' | 'date',
    describedBy: string,
  ) {
    const id = fieldId(path);
    const value = getPath(this.doc, path);
    const data = pathString(path);
    const shown =
      value === undefined || value === null || typeof value === 'object'
        ? ''
        : String(value);
    // A protected address is shown decoded and written back protected (contract §2).
    const isProtected = isObject(value) && typeof value.protected === 'string';
    const shownText = isProtected
      ? (emailAddress(value as {protected: string}) ?? '')
      : shown;
    const onInput = (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      const text =
        shape === 'date' || shape === 'url' || shape === 'email' ? raw.trim() : raw;
      if (text === '') return this.set(path, undefined);
      if (isProtected) return this.set(path, protectEmail(text) as unknown as Json);
      if (shape === 'integer' || shape === 'number') {
        const number = Number(text.replace(',', '.'));
        return this.set(
          path,
          text.trim() !== '' && Number.isFinite(number) ? number : text,
        );
      }
      this.set(path, text);
    };
    if (shape === 'date') {
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(shown) && !this.problemsAt(path).length;
      return html`<input
        type="date"
        id=${id}
        data-path=${data}
        class="short"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${describedBy.includes('-error') ? 'true' : 'false'}
        .value=${valid ? shown : ''}
        @change=${onInput}
      />`;
    }
    return html`<input
      id=${id}
      data-path=${data}
      class=${shape === 'integer' || shape === 'number' ? 'short' : ''}
      type=${shape === 'url' ? 'url' : 'text'}
      inputmode=${shape === 'integer' ? 'numeric' : shape === 'number' ? 'decimal' : shape === 'email' ? 'email' : nothing}
      autocomplete="off"
      spellcheck=${shape === 'text' ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${describedBy.includes('-error') ? 'true' : 'false'}
      .value=${shownText}
      @input=${onInput}
    />`;
  }

  private renderTexts(path: Path, long: boolean, describedBy = '') {
    const invalid = describedBy.includes('-error');
    const value = getPath(this.doc, path);
    const publisher = this.publisherLanguage;
    const languages = [...this.languages];
    if (isObject(value))
      for (const tag of Object.keys(value))
        if (!languages.includes(tag)) languages.push(tag);
    return html`${languages.map((language) => {
      const id = fieldId([...path, language]);
      const text = textIn(value, language, publisher);
      const onInput = (e: Event) => {
        setText(
          this.doc!,
          path,
          language,
          (e.target as HTMLInputElement).value,
          publisher,
        );
        this.changed();
      };
      return html`<div class="language-field">
        <label for=${id} class="language-label">${this.languageName(language)}</label>
        ${
          long
            ? html`<textarea
                id=${id}
                data-path=${pathString([...path, language])}
                lang=${language}
                rows="3"
                aria-describedby=${describedBy || nothing}
                aria-invalid=${invalid ? 'true' : 'false'}
                .value=${text}
                @input=${onInput}
              ></textarea>`
            : html`<input
                id=${id}
                data-path=${pathString([...path, language])}
                lang=${language}
                aria-describedby=${describedBy || nothing}
                aria-invalid=${invalid ? 'true' : 'false'}
                .value=${text}
                @input=${onInput}
              />`
        }
      </div>`;
    })}`;
  }

  /** A page's versions by language: one address field per language of the feed. */
  private renderUrlsByLanguage(path: Path, describedBy: string) {
    const value = getPath(this.doc, path);
    const languages = [...this.languages];
    if (isObject(value))
      for (const tag of Object.keys(value))
        if (!languages.includes(tag)) languages.push(tag);
    return html`${languages.map((language) => {
      const at = [...path, language];
      const current = isObject(value) ? value[language] : undefined;
      return html`<div class="language-field">
        <label for=${fieldId(at)} class="language-label">${this.languageName(language)}</label>
        <input
          type="url"
          id=${fieldId(at)}
          data-path=${pathString(at)}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${describedBy.includes('-error') ? 'true' : 'false'}
          .value=${typeof current === 'string' ? current : ''}
          @input=${(e: Event) => this.set(at, (e.target as HTMLInputElement).value.trim() || undefined)}
        />
      </div>`;
    })}`;
  }

  private renderCountrySelect(path: Path, describedBy: string) {
    const value = getPath(this.doc, path);
    const options = countryOptions(this.language);
    return html`<select id=${fieldId(path)} data-path=${pathString(path)} aria-describedby=${describedBy || nothing} @change=${(e: Event) => this.set(path, (e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!value}>${this.t('choose')}</option>
      ${typeof value === 'string' && value && !COUNTRY_CODES.includes(value) ? html`<option value=${value} selected>${value}</option>` : nothing}
      ${options.map(([code, name]) => html`<option value=${code} ?selected=${code === value}>${name}</option>`)}
    </select>`;
  }

  private renderCountries(path: Path, field: Field) {
    const list = this.list(path);
    const addId = `${fieldId(path)}-add`;
    return this.frame(
      path,
      field,
      () => html`<ul class="chips">
          ${list.map((code, index) => {
            const name =
              typeof code === 'string' ? countryName(code, this.language) : String(code);
            return html`<li data-path=${pathString([...path, index])} tabindex="-1">
              ${name}
              <button type="button" class="small secondary" @click=${() => this.removeItem(path, index, name, addId)}>
                ${this.t('remove')}<span class="visually-hidden">: ${name}</span>
              </button>
            </li>`;
          })}
        </ul>
        <div class="inline-form">
          <label for=${addId} class="visually-hidden">${this.t('addCountry')}</label>
          <select id=${addId}>
            ${countryOptions(this.language).map(
              ([code, name]) => html`<option value=${code}>${name}</option>`,
            )}
          </select>
          <button
            type="button"
            @click=${() => {
              const code = this.querySelector<HTMLSelectElement>(`#${addId}`)!.value;
              if (!list.includes(code)) this.set([...path, list.length], code);
            }}
          >
            ${this.t('addCountry')}
          </button>
        </div>`,
      true,
    );
  }

  private renderContactRefs(path: Path, field: Field) {
    const chosen = this.list(path).filter((id): id is string => typeof id === 'string');
    const contacts = this.list(['contacts']).filter(isObject);
    const known = contacts.map((contact) => String(contact.id ?? '')).filter(Boolean);
    const unknown = chosen.filter((id) => !known.includes(id));
    const toggle = (id: string, on: boolean) => {
      const list = this.list(path).filter((x) => x !== id);
      if (on) list.push(id);
      this.set(path, list.length ? list : undefined);
    };
    return this.frame(
      path,
      field,
      () => html`${contacts.length || unknown.length ? nothing : html`<p>${this.t('noContacts')}</p>`}
        <div class="checkboxes">
          ${[
            ...known.map((id) => ({
              id,
              name: this.entryLabel(
                'contacts',
                contacts.find((c) => c.id === id)!,
              ),
            })),
            ...unknown.map((id) => ({id, name: this.t('unknownContact', {id})})),
          ].map(({id, name}) => {
            const index = chosen.indexOf(id);
            const box = `${fieldId(path)}-${id.replace(/[^\w-]+/g, '_')}`;
            return html`<div class="checkbox">
                <input
                  type="checkbox"
                  id=${box}
                  data-path=${index >= 0 ? pathString([...path, index]) : nothing}
                  .checked=${index >= 0}
                  @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
                />
                <label for=${box}>${name}${name === id ? nothing : html` <span class="id">(${id})</span>`}</label>
              </div>`;
          })}
        </div>`,
      true,
    );
  }

  private renderPhones(path: Path, field: Field) {
    const phones = this.list(path);
    const addId = `${fieldId(path)}-add`;
    return this.frame(
      path,
      field,
      () => html`<ol class="rows">
          ${phones.map((_, index) => {
            const kindPath = [...path, index, 'kind'];
            const numberPath = [...path, index, 'number'];
            const kind = getPath(this.doc, kindPath);
            const number = getPath(this.doc, numberPath);
            return html`<li class="row">
              <div>
                <label for=${fieldId(kindPath)}>${this.t('l_kind')}</label>
                <select id=${fieldId(kindPath)} data-path=${pathString(kindPath)} @change=${(e: Event) => this.set(kindPath, (e.target as HTMLSelectElement).value)}>
                  ${PHONE_KINDS.map((option) => html`<option value=${option} ?selected=${kind === option}>${this.t(`e_${option}`)}</option>`)}
                </select>
              </div>
              <div>
                <label for=${fieldId(numberPath)}>${this.t('l_number')}</label>
                <input
                  id=${fieldId(numberPath)}
                  data-path=${pathString(numberPath)}
                  type="tel"
                  aria-invalid=${this.problemsAt(numberPath).length ? 'true' : 'false'}
                  .value=${typeof number === 'string' ? number : ''}
                  @input=${(e: Event) => this.set(numberPath, (e.target as HTMLInputElement).value.trim() || undefined)}
                />
              </div>
              ${this.moveButtons(path, index, phones.length, String(number ?? ''))}
              <button type="button" class="small secondary" @click=${() => this.removeItem(path, index, String(number ?? ''), addId)}>
                ${this.t('remove')}<span class="visually-hidden">: ${String(number ?? '')}</span>
              </button>
            </li>`;
          })}
        </ol>
        <button
          type="button"
          id=${addId}
          @click=${() => {
            this.set([...path, phones.length], {kind: 'work', number: ''});
            void this.updateComplete.then(() =>
              this.querySelector<HTMLElement>(
                `#${fieldId([...path, phones.length, 'number'])}`,
              )?.focus(),
            );
          }}
        >
          ${this.t('addPhone')}
        </button>`,
      true,
    );
  }

  /** "Move up" and "Move down" for an item of a list inside an entry (topics, phones). */
  private moveButtons(path: Path, index: number, total: number, label: string) {
    const base = fieldId(path);
    return html`<button
        type="button"
        class="small secondary"
        id="${base}-up-${index}"
        ?disabled=${index === 0}
        @click=${() => this.move(path, index, -1, `${base}-up`)}
      >
        ${this.t('moveUp')}<span class="visually-hidden">: ${label}</span></button
      ><button
        type="button"
        class="small secondary"
        id="${base}-down-${index}"
        ?disabled=${index === total - 1}
        @click=${() => this.move(path, index, 1, `${base}-down`)}
      >
        ${this.t('moveDown')}<span class="visually-hidden">: ${label}</span>
      </button>`;
  }

  private renderTopics(path: Path, field: Field) {
    const topics = this.list(path);
    const addId = `${fieldId(path)}-add`;
    return this.frame(
      path,
      field,
      () => html`<ol class="rows">
          ${topics.map(
            (_, index) => html`<li class="topic">
              <fieldset>
                <legend>${this.t('topicN', {n: index + 1})}</legend>
                ${this.renderTexts([...path, index], false)}
              </fieldset>
              ${this.moveButtons(path, index, topics.length, this.t('topicN', {n: index + 1}))}
              <button type="button" class="small secondary" @click=${() => this.removeItem(path, index, this.t('topicN', {n: index + 1}), addId)}>
                ${this.t('remove')}<span class="visually-hidden">: ${this.t('topicN', {n: index + 1})}</span>
              </button>
            </li>`,
          )}
        </ol>
        <button
          type="button"
          id=${addId}
          @click=${() => {
            this.set([...path, topics.length], '');
            void this.updateComplete.then(() =>
              this.querySelector<HTMLElement>(
                `#${fieldId([...path, topics.length, this.languages[0] ?? 'en'])}`,
              )?.focus(),
            );
          }}
        >
          ${this.t('addTopic')}
        </button>`,
      true,
    );
  }

  private renderCsv() {
    const csv = this.csv;
    return html`<section aria-labelledby="csv-title" class="section">
      <h2 id="csv-title">${this.t('csvTitle')}</h2>
      <p class="hint">${this.t('csvHint')}</p>
      <div class="field">
        <label for="csv-section">${this.t('csvList')}</label>
        <select id="csv-section">
          ${SECTIONS.map((section) => html`<option value=${section}>${this.t(SECTION_TITLE[section])}</option>`)}
        </select>
        <button type="button" class="secondary small" @click=${this.downloadTemplate}>${this.t('csvTemplate')}</button>
      </div>
      <div class="field">
        <label for="csv-file">${this.t('csvFile')}</label>
        <input type="file" id="csv-file" accept=".csv,text/csv" @change=${this.readCsv} />
      </div>
      ${
        csv
          ? html`<div id="csv-result" class="csv-result" tabindex="-1" role="region" aria-label=${this.t('csvResult')}>
            ${
              csv.error
                ? html`<p class="error-message">${this.t('csvUnreadable', {name: csv.fileName, detail: csv.error})}</p>`
                : csv.problems.length
                  ? html`<p class="error-message">${this.t('csvProblems', {name: csv.fileName, n: csv.problems.length})}</p>
                    <ul>
                      ${csv.problems.map((p) => html`<li>${this.t('csvRow', {row: p.row})}, ${p.column !== undefined ? `"${p.column}"` : `${csv.section}[${p.index}]${p.property ? `.${p.property}` : ''}`}: ${this.t(p.key, {kind: csv.kind, ...p.params})}</li>`)}
                    </ul>`
                  : html`<p>${this.t('csvWillReplace', {old: csv.before, n: csv.entries.length, section: this.t(SECTION_TITLE[csv.section]), name: csv.fileName})}</p>
                    ${csv.legacy ? html`<p class="hint">${this.t('csvLegacy')}</p>` : nothing}
                    <ul>
                      ${csv.added.length ? html`<li>${this.t('csvAdded', {ids: csv.added.join(', ')})}</li>` : nothing}
                      ${csv.removed.length ? html`<li>${this.t('csvRemoved', {ids: csv.removed.join(', ')})}</li>` : nothing}
                      ${csv.changedIds.length ? html`<li>${this.t('csvChanged', {ids: csv.changedIds.join(', ')})}</li>` : nothing}
                      ${csv.same ? html`<li>${this.t('csvSame', {n: csv.same})}</li>` : nothing}
                    </ul>
                    ${csv.validation ? html`<p class="hint">${this.t('csvStillProblems', {n: csv.validation})}</p>` : nothing}
                    <button type="button" id="csv-replace" @click=${this.replaceWithCsv}>${this.t('csvReplace')}</button>`
            }
            <button type="button" class="secondary" @click=${() => (this.csv = undefined)}>${this.t('cancel')}</button>
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderPreview() {
    const {attributes, tag: code} = snippet(
      this.previewTag,
      this.previewAttributes,
      this.previewLanguage,
    );
    const ids = (section: Section) =>
      this.list([section])
        .filter(isObject)
        .map((entry) => ({
          id: String(entry.id ?? ''),
          label: this.entryLabel(section, entry),
        }))
        .filter(({id}) => id);
    return html`<aside class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${this.t('previewTitle')}</h2>
      <div class="field">
        <label for="preview-tag">${this.t('previewElement')}</label>
        <select id="preview-tag" @change=${(e: Event) => this.setPreview({previewTag: (e.target as HTMLSelectElement).value as PreviewTag})}>
          ${PREVIEW_TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === this.previewTag}>&lt;${tag}&gt;</option>`)}
        </select>
      </div>
      ${attributes.map((attribute) => {
        const id = `preview-attr-${attribute.name}`;
        const current = this.previewAttributes[attribute.name] ?? '';
        const update = (value: string) =>
          this.setPreview({
            previewAttributes: {...this.previewAttributes, [attribute.name]: value},
          });
        const choices =
          attribute.choices === 'networks' ||
          attribute.choices === 'contacts' ||
          attribute.choices === 'pages'
            ? ids(attribute.choices)
            : attribute.choices?.map((value) => ({id: value, label: value}));
        return html`<div class="field">
          <label for=${id}>${attribute.name}</label>
          ${
            choices
              ? html`<select id=${id} @change=${(e: Event) => update((e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!current}>
                  ${this.t(attribute.name === 'heading-level' ? 'previewDefault' : 'previewAny')}
                </option>
                ${choices.map(({id: value, label}) => html`<option value=${value} ?selected=${value === current}>${label}</option>`)}
              </select>`
              : html`<input id=${id} .value=${current} @change=${(e: Event) => update((e.target as HTMLInputElement).value.trim())} />`
          }
        </div>`;
      })}
      <div class="field">
        <label for="preview-language">${this.t('previewLanguage')}</label>
        <select id="preview-language" @change=${(e: Event) => this.setPreview({previewLanguage: (e.target as HTMLSelectElement).value})}>
          <option value="" ?selected=${!this.previewLanguage}>${this.t('previewFeedLanguage', {language: this.languageName(this.publisherLanguage)})}</option>
          ${EDITOR_LANGUAGES.map((tag) => html`<option value=${tag} ?selected=${tag === this.previewLanguage}>${translate(tag, 'languageName')}</option>`)}
        </select>
      </div>
      <fieldset class="field">
        <legend>${this.t('previewWidth')}</legend>
        <div class="radio">
          <input type="radio" name="width" id="width-desktop" .checked=${!this.phone} @change=${() => this.setPreview({phone: false})} />
          <label for="width-desktop">${this.t('previewDesktop')}</label>
        </div>
        <div class="radio">
          <input type="radio" name="width" id="width-phone" .checked=${this.phone} @change=${() => this.setPreview({phone: true})} />
          <label for="width-phone">${this.t('previewPhone')}</label>
        </div>
      </fieldset>
      <div id="preview-box" class="preview-box ${this.phone ? 'phone' : ''}" role="region" aria-label=${this.t('previewRegion')}></div>
      <h3>${this.t('snippetTitle')}</h3>
      <label for="snippet">${this.t('snippetLabel')}</label>
      <textarea id="snippet" readonly rows="3" .value=${code}></textarea>
      <button type="button" @click=${this.copySnippet}>${this.t('snippetCopy')}</button>
      <span role="status">${this.copied ? this.t('snippetCopied') : ''}</span>
      <p class="hint">${this.t('snippetHint')}</p>
    </aside>`;
  }

  private renderSaveDialog() {
    const losses = this.losses();
    return html`<dialog id="save-dialog" aria-labelledby="save-dialog-title" @cancel=${this.cancelSave}>
      <h2 id="save-dialog-title">${this.t('saveProblemsTitle', {n: this.problems.length})}</h2>
      <p>${this.t('saveProblemsText')}</p>
      <ul>
        ${losses.map((line) => html`<li>${line}</li>`)}
      </ul>
      <button type="button" id="save-anyway" @click=${this.download}>${this.t('saveAnyway')}</button>
      <button type="button" class="secondary" id="save-cancel" @click=${this.cancelSave}>${this.t('saveCancel')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feed-editor': FeedEditor;
  }
}
