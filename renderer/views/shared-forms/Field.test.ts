// The form pieces as a screen reader gets them: each control named by its label (for = id),
// typed in its own direction, the status/alert split of a form's message.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelectField, TextField } from './Field';
import { FormMessage } from './FormMessage';

const noop = () => undefined;

describe('TextField', () => {
  it('ties its label to a text box typed in its own direction', () => {
    const html = renderToStaticMarkup(
      createElement(TextField, { id: 'n', label: 'Name', value: 'علی', onChange: noop }),
    );
    expect(html).toBe(
      '<div class="field"><label for="n">Name</label>' +
        '<input id="n" type="text" dir="auto" value="علی"/></div>',
    );
  });

  it('is a search box with a placeholder, or a text area with rows', () => {
    const search = renderToStaticMarkup(
      createElement(TextField, {
        id: 's',
        label: 'Search',
        type: 'search',
        placeholder: 'word',
        value: '',
        onChange: noop,
      }),
    );
    expect(search).toContain(
      '<input id="s" type="search" dir="auto" placeholder="word" value=""/>',
    );
    const area = renderToStaticMarkup(
      createElement(TextField, { id: 't', label: 'Text', rows: 10, value: 'x', onChange: noop }),
    );
    expect(area).toContain('<textarea id="t" dir="auto" rows="10">x</textarea>');
  });
});

describe('SelectField', () => {
  it('offers a first empty option when it has a name for none', () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, {
        id: 'g',
        label: 'Group by',
        value: '',
        onChange: noop,
        none: 'None',
        options: [
          ['a1', 'سن'],
          ['a2', 'City'],
        ],
      }),
    );
    expect(html).toContain('<label for="g">Group by</label><select id="g">');
    expect(html.match(/<option [^>]*>[^<]*<\/option>/g)).toEqual([
      '<option value="" selected="">None</option>',
      '<option value="a1">سن</option>',
      '<option value="a2">City</option>',
    ]);
  });

  it('has no empty option without one, and takes dir="auto" for researchers\' names', () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, {
        id: 'k',
        label: 'On',
        dir: 'auto',
        value: 'code',
        onChange: noop,
        options: [
          ['project', 'Project'],
          ['code', 'Code'],
        ],
      }),
    );
    expect(html).toContain('<select id="k" dir="auto">');
    expect(html).not.toContain('value=""');
  });
});

describe('FormMessage', () => {
  it('says a success as a status and a failure as an alert, and nothing when there is none', () => {
    const say = (message: { ok: boolean; text: string } | null) =>
      renderToStaticMarkup(createElement(FormMessage, { message }));
    expect(say({ ok: true, text: 'Saved' })).toBe('<p role="status" class="muted">Saved</p>');
    expect(say({ ok: false, text: 'No' })).toBe('<p role="alert" class="banner error">No</p>');
    expect(say(null)).toBe('');
  });
});
