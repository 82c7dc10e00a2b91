// The form pieces as a screen reader gets them: each control named by its label (for = id),
// typed in its own direction, the status/alert split of a form's message.
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SelectField, TextField } from './Field';
import { FormMessage } from './FormMessage';

const base = { id: 'f', label: 'Label', value: '', onChange: () => undefined };
const textField = (o: Partial<ComponentProps<typeof TextField>>) =>
  renderToStaticMarkup(createElement(TextField, { ...base, ...o }));
const selectField = (o: Partial<ComponentProps<typeof SelectField>>) =>
  renderToStaticMarkup(createElement(SelectField, { ...base, options: [], ...o }));

describe('TextField', () => {
  it('ties its label to a text box typed in its own direction', () => {
    expect(textField({ id: 'n', label: 'Name', value: 'علی' })).toBe(
      '<div class="field"><label for="n">Name</label>' +
        '<input id="n" type="text" dir="auto" value="علی"/></div>',
    );
  });

  it('is a search box with a placeholder, or a text area with rows', () => {
    expect(textField({ id: 's', type: 'search', placeholder: 'word' })).toContain(
      '<input id="s" type="search" dir="auto" placeholder="word" value=""/>',
    );
    expect(textField({ id: 't', rows: 10, value: 'x' })).toContain(
      '<textarea id="t" dir="auto" rows="10">x</textarea>',
    );
  });
});

describe('SelectField', () => {
  it('offers a first empty option when it has a name for none', () => {
    const html = selectField({
      id: 'g',
      label: 'Group by',
      none: 'None',
      options: [
        ['a1', 'سن'],
        ['a2', 'City'],
      ],
    });
    expect(html).toContain('<label for="g">Group by</label><select id="g">');
    expect(html.match(/<option [^>]*>[^<]*<\/option>/g)).toEqual([
      '<option value="" selected="">None</option>',
      '<option value="a1">سن</option>',
      '<option value="a2">City</option>',
    ]);
  });

  it('has no empty option without one, and takes dir="auto" for researchers\' names', () => {
    const html = selectField({
      id: 'k',
      dir: 'auto',
      value: 'code',
      options: [
        ['project', 'Project'],
        ['code', 'Code'],
      ],
    });
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
