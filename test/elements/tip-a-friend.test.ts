import {expect, fixture, html, nextFrame, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/tip-a-friend/define.js';
import type {TipAFriend} from '../../src/elements/tip-a-friend/tip-a-friend.js';
import {check, mailtoHref, postBody} from '../../src/elements/tip-a-friend/tip.js';
import {captureWarnings, nextFeedError, settled, shadow, textOf} from '../helpers.js';

let serial = 0;
/** A form-handler URL of the test server (test/server/form-server.mjs), unique to the caller. */
const endpoint = (mode = 'ok') => `/__tip/${mode}?id=${Date.now()}-${++serial}`;

interface Received {
  method: string;
  contentType: string;
  body: string;
}
/** What the test server's form handler received at `url`. */
async function received(url: string): Promise<Received[]> {
  const id = new URL(url, location.href).searchParams.get('id')!;
  const response = await fetch(`/__tip-log?id=${encodeURIComponent(id)}`);
  return (await response.json()) as Received[];
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T & HTMLElement>(selector)!;
const control = (el: Element, field: string) =>
  $<HTMLInputElement>(el, `#${field}`) as HTMLInputElement;
const focused = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.id;
const result = (el: Element) => textOf($(el, '[part="result"]'));

/** Types `value` into a field as a person would, firing `input`. */
function fill(el: Element, field: string, value: string) {
  const input = control(el, field);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

async function fillAll(el: TipAFriend, values: Record<string, string>) {
  for (const [field, value] of Object.entries(values)) fill(el, field, value);
  await el.updateComplete;
}

/** Presses the submit button and waits until the form shows what came of it. */
async function submit(el: TipAFriend) {
  $(el, '[part="submit"]').click();
  await el.updateComplete;
  await waitUntil(
    () => shadow(el).querySelector('[part="error-summary"]') || result(el) !== '',
    'the form did not respond',
  );
}

/** A rendered `<tip-a-friend>`, its language's texts loaded. */
/**
 * Records, until `restore()`, when each request to `action` was started, in
 * performance.now() time: what the form did, seen at the moment it did it.
 */
function watchSends(action: string) {
  const original = window.fetch;
  const sent: number[] = [];
  window.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes(action))
      sent.push(performance.now());
    return original(input, init);
  };
  return {sent, restore: () => (window.fetch = original)};
}

async function tip(template: ReturnType<typeof html>) {
  const el = await fixture<TipAFriend>(template);
  await settled(el);
  return el;
}

const valid = {
  name: 'Anna Andersson',
  email: 'anna@example.se',
  friend: 'bo@example.se',
  message: 'Titta på det här – nätverket för vänorter!',
};

/** Replaces `navigator.share` (or removes it with `undefined`) for one test. */
function stubShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'share', {value: share, configurable: true});
  return () => {
    delete (navigator as {share?: unknown}).share;
  };
}

describe('<tip-a-friend>', () => {
  let restoreShare: () => void;
  beforeEach(() => (restoreShare = stubShare(undefined)));
  afterEach(() => restoreShare());

  describe('the form', () => {
    it('has labelled fields, the required ones marked in words and in the markup', async () => {
      const el = await tip(
        html`<tip-a-friend lang="sv" action=${endpoint()} page-title="Internationellt arbete"></tip-a-friend>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Tipsa en vän');
      expect(textOf($(el, '.intro'))).to.equal(
        'Tipsa någon du känner om ”Internationellt arbete”.',
      );
      const labels = [...shadow(el).querySelectorAll('label')]
        .filter((label) => !label.closest('.trap'))
        .map((label) => textOf(label));
      expect(labels).to.deep.equal([
        'Ditt namn (obligatoriskt fält)',
        'Din e-postadress (obligatoriskt fält)',
        'Din väns e-postadress (obligatoriskt fält)',
        'Meddelande (frivilligt)',
      ]);
      for (const field of ['name', 'email', 'friend'])
        expect(control(el, field).required, field).to.be.true;
      expect(control(el, 'message').required).to.be.false;
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'name').autocomplete).to.equal('name');
      expect(textOf($(el, '[part="submit"]'))).to.equal('Skicka');
      await expect(el).to.be.accessible();
    });

    it('counts the characters left, and tells screen readers once typing pauses', async () => {
      const el = await tip(
        html`<tip-a-friend lang="en" action=${endpoint()} max-length="20"></tip-a-friend>`,
      );
      expect(textOf($(el, '[part="count"]'))).to.equal('Characters left: 20');
      expect(control(el, 'message').getAttribute('aria-describedby')).to.equal(
        'message-count',
      );
      fill(el, 'message', 'Hej från Vänersborg!!!');
      await el.updateComplete;
      expect(textOf($(el, '[part="count"]'))).to.equal('Characters over the limit: 2');
      const live = $(el, '.visually-hidden[role="status"]');
      expect(textOf(live)).to.equal('');
      await waitUntil(
        () => textOf(live) === 'Characters over the limit: 2',
        'not announced',
        {
          timeout: 3000,
        },
      );
    });

    it('fits a phone’s width, errors and all', async () => {
      const el = await tip(html`<tip-a-friend lang="fi" action=${endpoint()}
        style="width: 320px; font-size: 20px"></tip-a-friend>`);
      await submit(el);
      for (const box of [el, $(el, 'form'), $(el, '[part="error-summary"]')])
        expect(box.scrollWidth, box.localName).to.be.at.most(box.clientWidth);
      expect(control(el, 'friend').getBoundingClientRect().right).to.be.at.most(
        el.getBoundingClientRect().right,
      );
    });
  });

  describe('validation', () => {
    const expected = {
      en: ['There is a problem', 'Enter your name', '(required)'],
      sv: ['Formuläret innehåller fel', 'Ange ditt namn', '(obligatoriskt fält)'],
      da: ['Der er problemer', 'Indtast dit navn', '(skal udfyldes)'],
      nb: ['Du må rette opp følgende feil:', 'Skriv inn navnet ditt', '(må fylles ut)'],
      nn: ['Du må rette opp følgjande feil:', 'Skriv inn namnet ditt', '(må fyllast ut)'],
      fi: ['Tarkista nämä kohdat', 'Anna nimesi', '(pakollinen)'],
      de: ['Bitte prüfen Sie Ihre Angaben', 'Geben Sie Ihren Namen ein', '(Pflichtfeld)'],
      it: ['Controlla i dati inseriti', 'Inserisci il tuo nome', '(obbligatorio)'],
    };
    for (const [lang, [summary, nameError, required]] of Object.entries(expected)) {
      it(`blocks an empty form with errors in ${lang}, sending nothing`, async () => {
        const action = endpoint();
        const el = await tip(
          html`<tip-a-friend lang=${lang} action=${action} min-fill-time="0"></tip-a-friend>`,
        );
        expect(textOf($(el, 'label[for="name"] .marker'))).to.equal(required);
        await submit(el);
        const summaryBox = $(el, '[part="error-summary"]');
        expect(textOf(summaryBox.querySelector('h3')!)).to.equal(summary);
        const listed = [...summaryBox.querySelectorAll('li')].map((li) => textOf(li));
        expect(listed).to.have.length(3);
        expect(listed[0]).to.equal(nameError);
        for (const field of ['name', 'email', 'friend']) {
          const input = control(el, field);
          expect(input.getAttribute('aria-invalid'), field).to.equal('true');
          const error = shadow(el).getElementById(
            input.getAttribute('aria-describedby')!,
          )!;
          expect(error.getAttribute('part')).to.equal('error');
        }
        expect(textOf(shadow(el).getElementById('name-error')!)).to.equal(nameError);
        expect(control(el, 'message').getAttribute('aria-invalid')).to.equal('false');
        expect(focused(el)).to.equal('name');
        await expect(el).to.be.accessible();
        expect(await received(action)).to.deep.equal([]);
      });
    }

    it('names each problem: format, several recipients, length, markup', async () => {
      const action = endpoint();
      const el = await tip(
        html`<tip-a-friend lang="en" action=${action} max-length="10" min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, {
        name: 'Anna <b>',
        email: 'anna.example.se',
        friend: 'bo@example.se, cia@example.se',
        message: '<a href="https://spam.example">win</a>',
      });
      await submit(el);
      const errors = [...shadow(el).querySelectorAll('[part="error"]')].map((e) =>
        textOf(e),
      );
      expect(errors).to.deep.equal([
        'Write without the characters < and >',
        'Enter an e-mail address in the right format, like name@example.com',
        'Enter only one e-mail address',
        'Shorten the message to at most 10 characters',
      ]);
      expect(focused(el)).to.equal('name');
      await expect(el).to.be.accessible();
      expect(await received(action)).to.deep.equal([]);
    });

    it('links each listed problem to its field', async () => {
      const el = await tip(
        html`<tip-a-friend lang="en" action=${endpoint()} min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, {name: 'Anna'});
      await submit(el);
      const link = $(el, '[part="error-summary"] a');
      expect(link.getAttribute('href')).to.equal('#email');
      expect(focused(el)).to.equal('email');
      control(el, 'friend').focus();
      link.click();
      expect(focused(el)).to.equal('email');
    });

    it('checks a field again when it loses focus after the first submit', async () => {
      const el = await tip(
        html`<tip-a-friend lang="en" action=${endpoint()} min-fill-time="0"></tip-a-friend>`,
      );
      control(el, 'name').focus();
      control(el, 'email').focus();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      await submit(el);
      expect(shadow(el).querySelectorAll('[part="error"]')).to.have.length(3);
      fill(el, 'name', 'Anna');
      control(el, 'email').focus();
      await el.updateComplete;
      expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('false');
      expect(shadow(el).querySelectorAll('[part="error-summary"] li')).to.have.length(2);
    });

    it('works from the keyboard: Enter in a field submits', async () => {
      const el = await tip(
        html`<tip-a-friend lang="en" action=${endpoint()} min-fill-time="0"></tip-a-friend>`,
      );
      control(el, 'name').focus();
      await sendKeys({type: 'Anna'});
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal('email');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(focused(el)).to.equal('email');
      expect(shadow(el).querySelectorAll('[part="error-summary"] li')).to.have.length(2);
    });
  });

  describe('posting to `action`', () => {
    it('posts the form urlencoded, with the page and the CSRF pair, and announces success', async () => {
      const action = endpoint();
      const el = await tip(html`
        <tip-a-friend
          lang="sv"
          action=${action}
          csrf-field="sv-csrf"
          csrf-token=${'t0k3n&='}
          page-url="https://www.vanersborg.se/internationellt"
          page-title=${'Internationellt arbete & vänorter'}
          min-fill-time="0"
        ></tip-a-friend>
      `);
      await fillAll(el, valid);
      const sent = oneEvent(el, 'tip-sent');
      await submit(el);
      expect((await sent).detail).to.deep.equal({friend: 'bo@example.se'});
      await el.updateComplete;
      const [request, ...more] = await received(action);
      expect(more).to.deep.equal([]);
      expect(request!.method).to.equal('POST');
      expect(request!.contentType).to.match(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(request!.body))).to.deep.equal({
        name: 'Anna Andersson',
        email: 'anna@example.se',
        friend: 'bo@example.se',
        message: 'Titta på det här – nätverket för vänorter!',
        url: 'https://www.vanersborg.se/internationellt',
        title: 'Internationellt arbete & vänorter',
        lang: 'sv',
        'sv-csrf': 't0k3n&=',
      });
      const status = $(el, '[part="result"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(result(el)).to.contain('Tack! Ditt tips har skickats till bo@example.se.');
      expect(shadow(el).querySelector('form')).to.be.null;
      expect(shadow(el).activeElement).to.equal(status);
      await expect(el).to.be.accessible();

      $(el, '[part="again"]').click();
      await el.updateComplete;
      await waitUntil(() => focused(el) === 'friend', 'friend field not focused');
      expect(control(el, 'name').value).to.equal('Anna Andersson');
      expect(control(el, 'friend').value).to.equal('');
      expect(control(el, 'message').value).to.equal('');
    });

    it('sends the page’s own address and title by default, and no CSRF field unless set', async () => {
      const action = endpoint();
      const el = await tip(
        html`<tip-a-friend action=${action} min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, valid);
      await submit(el);
      await waitUntil(async () => (await received(action)).length === 1, 'not sent');
      const body = new URLSearchParams((await received(action))[0]!.body);
      // Without the query and fragment, which may hold a visitor's tokens.
      expect(body.get('url')).to.equal(location.origin + location.pathname);
      expect(location.search, 'the test page has a query to leave out').not.to.equal('');
      expect(body.get('title')).to.equal(document.title);
      expect(body.get('lang')).to.equal('en');
      expect([...body.keys()]).to.deep.equal([
        'name',
        'email',
        'friend',
        'message',
        'url',
        'title',
        'lang',
      ]);
    });

    it('sends once, however often the button is pressed while sending', async () => {
      const action = endpoint('slow/400');
      const el = await tip(
        html`<tip-a-friend lang="en" action=${action} min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, valid);
      // Twice at once, before the form's code has even loaded…
      $(el, '[part="submit"]').click();
      $(el, '[part="submit"]').click();
      await waitUntil(() => result(el) === 'Sending the tip…', 'not sending');
      expect($(el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
      expect(textOf($(el, '[part="submit"]'))).to.equal('Sending…');
      expect(result(el)).to.equal('Sending the tip…');
      await expect(el).to.be.accessible();
      // …and again while sending.
      await submit(el);
      await submit(el);
      await waitUntil(() => result(el).startsWith('Thank you'), 'not sent', {
        timeout: 4000,
      });
      expect(await received(action)).to.have.length(1);
    });

    for (const [fault, mode, timeout, text] of [
      ['a 500', 'status/500', 10_000, 'The tip could not be sent (error 500).'],
      ['a 422', 'status/422', 10_000, 'The tip could not be sent (error 422).'],
      ['a timeout', 'slow/3000', 300, 'the server took too long to answer'],
    ] as const) {
      it(`keeps the input after ${fault}, says what happened, and sends again`, async () => {
        const action = endpoint(mode);
        const el = await tip(
          html`<tip-a-friend lang="en" action=${action} timeout=${timeout} min-fill-time="0"></tip-a-friend>`,
        );
        await fillAll(el, valid);
        await submit(el);
        await waitUntil(() => $(el, '.result.failed'), 'no failure shown', {
          timeout: 4000,
        });
        expect(result(el)).to.contain(text);
        expect(result(el)).to.contain('Your text is kept; try again.');
        for (const [field, value] of Object.entries(valid))
          expect(control(el, field).value, field).to.equal(value);
        expect($(el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('false');
        await expect(el).to.be.accessible();
        el.action = endpoint();
        await el.updateComplete;
        await submit(el);
        await waitUntil(() => result(el).startsWith('Thank you'), 'retry failed');
      });
    }

    it('retries the same endpoint after it failed once', async () => {
      const action = endpoint('flaky');
      const el = await tip(
        html`<tip-a-friend lang="en" action=${action} min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, valid);
      await submit(el);
      await waitUntil(() => $(el, '.result.failed'), 'no failure shown');
      expect(result(el)).to.contain('(error 503)');
      await submit(el);
      await waitUntil(() => result(el).startsWith('Thank you'), 'retry failed');
      const requests = await received(action);
      expect(requests).to.have.length(2);
      expect(requests[1]!.body).to.equal(requests[0]!.body);
    });

    it('keeps the input when there is no connection', async () => {
      const el = await tip(
        html`<tip-a-friend lang="en" action="http://127.0.0.1:9/tips" min-fill-time="0"></tip-a-friend>`,
      );
      await fillAll(el, valid);
      await submit(el);
      await waitUntil(() => $(el, '.result.failed'), 'no failure shown', {timeout: 8000});
      expect(result(el)).to.contain('there is no connection to the server');
      expect(control(el, 'message').value).to.equal(valid.message);
      await expect(el).to.be.accessible();
    });

    it('sends nothing when the hidden honeypot field was filled in', async () => {
      const action = endpoint();
      const el = await tip(
        html`<tip-a-friend lang="en" action=${action} min-fill-time="0"></tip-a-friend>`,
      );
      const trap = control(el, 'website');
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getBoundingClientRect().right).to.be.below(0);
      const watch = watchSends(action);
      try {
        await fillAll(el, {...valid, website: 'https://spam.example'});
        await submit(el);
        // A form that sends shows its thanks only after the answer: none was asked for.
        await waitUntil(() => result(el).startsWith('Thank you'), 'bot not fooled');
      } finally {
        watch.restore();
      }
      expect(watch.sent).to.deep.equal([]);
      expect(await received(action)).to.deep.equal([]);
    });

    it('waits out the minimum fill time before sending', async () => {
      const action = endpoint();
      const shown = performance.now();
      const el = await tip(
        html`<tip-a-friend lang="en" action=${action} min-fill-time="1000"></tip-a-friend>`,
      );
      const watch = watchSends(action);
      try {
        await fillAll(el, valid);
        await submit(el);
        expect(result(el)).to.equal('Sending the tip…');
        await waitUntil(() => result(el).startsWith('Thank you'), 'not sent', {
          timeout: 3000,
        });
      } finally {
        watch.restore();
      }
      expect(watch.sent).to.have.length(1);
      expect(watch.sent[0] - shown, 'ms from showing the form to sending').to.be.at.least(
        1000,
      );
      expect(await received(action)).to.have.length(1);
    });

    it('never lets a line break into a header-bound field', async () => {
      const body = postBody(
        {
          name: 'Eve\r\nBcc: all@example.com',
          email: 'eve@example.se\n',
          friend: ' bo@example.se',
          message: 'Hej\nhej',
        },
        {url: 'https://example.se/', title: 'A\u2028title'},
        'sv',
      );
      expect(body.get('name')).to.equal('Eve Bcc: all@example.com');
      expect(body.get('email')).to.equal('eve@example.se');
      expect(body.get('friend')).to.equal('bo@example.se');
      expect(body.get('title')).to.equal('A title');
      expect(body.get('message')).to.equal('Hej\nhej');
      expect(check('friend', 'bo@example.se\nBcc: x@example.se', 500)).to.equal(
        'several',
      );
      expect(check('email', 'eve@example.se%0ABcc:x@example.se', 500)).to.equal('format');
    });

    it('reports an `action` that is not an http(s) URL and composes an e-mail instead', async () => {
      const el = document.createElement('tip-a-friend') as TipAFriend;
      el.setAttribute('action', 'javascript:alert(1)');
      el.lang = 'en';
      const error = nextFeedError(el);
      const warnings = await captureWarnings(() => document.body.append(el));
      expect(warnings).to.deep.equal([
        'municipal-widgets: <tip-a-friend> @action must be an http or https URL',
      ]);
      try {
        const {problems} = await error;
        expect(problems).to.deep.equal([
          {
            path: '@action',
            code: 'invalid-attribute',
            params: {value: 'javascript:alert(1)'},
            message: 'must be an http or https URL',
          },
        ]);
        expect(control(el, 'email')).to.be.null;
        expect(textOf($(el, '[part="submit"]'))).to.equal('Write the e-mail');
      } finally {
        el.remove();
      }
    });
  });

  describe('without `action`', () => {
    it('composes a mailto: message in the block’s language', async () => {
      const el = await tip(html`
        <tip-a-friend
          lang="sv"
          page-url=${'https://www.trollhattan.se/internationellt?a=1&b=2'}
          page-title=${'Trollhättan & världen'}
        ></tip-a-friend>
      `);
      expect(control(el, 'email')).to.be.null;
      expect(textOf($(el, '[part="submit"]'))).to.equal('Skapa e-postmeddelande');
      await fillAll(el, {
        name: 'Åsa Öberg',
        friend: 'bo+tips@example.se',
        message: 'Läs!\nSnart 100 % klart?',
      });
      el.addEventListener('tip-compose', (event) => event.preventDefault(), {once: true});
      const composed = oneEvent(el, 'tip-compose');
      await submit(el);
      const {href} = (await composed).detail as {href: string};
      const [address, query] = href.slice('mailto:'.length).split('?') as [
        string,
        string,
      ];
      expect(address).to.equal('bo%2Btips@example.se');
      expect(href).not.to.match(/[ \n]/);
      expect(query).not.to.contain('+');
      const params = new URLSearchParams(query);
      expect(params.get('subject')).to.equal('Tips: Trollhättan & världen');
      expect(params.get('body')).to.equal(
        'Åsa Öberg tror att du skulle gilla den här sidan:\r\nTrollhättan & världen\r\n' +
          'https://www.trollhattan.se/internationellt?a=1&b=2\r\n\r\nLäs!\r\nSnart 100 % klart?',
      );
      await el.updateComplete;
      expect(result(el)).to.contain('Ditt e-postprogram bör öppnas med meddelandet.');
      expect($(el, '[part="result"] a').getAttribute('href')).to.equal(href);
      await expect(el).to.be.accessible();
    });

    it('validates before composing', async () => {
      const el = await tip(html`<tip-a-friend lang="en"></tip-a-friend>`);
      let composed = false;
      el.addEventListener('tip-compose', () => (composed = true));
      await submit(el);
      expect(composed).to.be.false;
      expect(shadow(el).querySelectorAll('[part="error-summary"] li')).to.have.length(2);
      expect(focused(el)).to.equal('name');
      await expect(el).to.be.accessible();
    });

    it('encodes what a mail client must not misread', () => {
      expect(mailtoHref('a@example.se?cc=b@example.se', 'x&body=y', '#1 ? 50%')).to.equal(
        'mailto:a@example.se%3Fcc%3Db@example.se?subject=x%26body%3Dy&body=%231%20%3F%2050%25',
      );
    });

    it('offers the browser’s share sheet where there is one', async () => {
      const shared: ShareData[] = [];
      restoreShare();
      restoreShare = stubShare(async (data) => void shared.push(data));
      const el = await tip(
        html`<tip-a-friend lang="da" page-url="https://www.lidkoping.se/" page-title="Lidköping"></tip-a-friend>`,
      );
      expect(shadow(el).querySelector('form')).to.be.null;
      const button = $(el, '[part="share"]');
      expect(textOf(button)).to.equal('Del siden');
      await expect(el).to.be.accessible();
      button.click();
      await waitUntil(() => result(el) !== '', 'no result');
      expect(shared).to.deep.equal([
        {title: 'Lidköping', url: 'https://www.lidkoping.se/'},
      ]);
      expect(result(el)).to.equal('Tak, fordi du delte siden.');
      await expect(el).to.be.accessible();
    });

    it('stays put when the visitor closes the share sheet, and falls back to e-mail when sharing fails', async () => {
      let error = new DOMException('closed', 'AbortError');
      restoreShare();
      let asked: Promise<void> | undefined;
      restoreShare = stubShare(() => (asked = Promise.reject(error)));
      const el = await tip(html`<tip-a-friend lang="en"></tip-a-friend>`);
      $(el, '[part="share"]').click();
      await waitUntil(() => asked !== undefined, 'the share sheet was not asked for');
      await asked!.catch(() => {});
      await nextFrame();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="share"]')).to.exist;
      expect(result(el)).to.equal('');
      error = new DOMException('not allowed', 'NotAllowedError');
      $(el, '[part="share"]').click();
      await waitUntil(() => shadow(el).querySelector('form'), 'no e-mail form');
      expect(textOf($(el, '[part="submit"]'))).to.equal('Write the e-mail');
    });
  });
});
