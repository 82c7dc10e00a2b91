import { describe, expect, it } from 'vitest';
import { decodeXmlEntities } from './xml-entities';

describe('decodeXmlEntities', () => {
  it('decodes the five predefined entities and character references', () => {
    expect(decodeXmlEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#1587;&#x644;')).toBe(
      `a <b> & "c" 'd' سل`,
    );
  });

  it('leaves unknown names as text, Object.prototype keys included', () => {
    expect(decodeXmlEntities('&valueOf; &constructor; &nbsp;')).toBe(
      '&valueOf; &constructor; &nbsp;',
    );
  });
});
