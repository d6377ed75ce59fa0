import { describe, expect, it } from 'vitest';
import { frenchApostrophes, frenchApostrophesInHtml } from '../../../electron/main/print/typography';

describe('French apostrophes in print', () => {
  it('prints the typographic apostrophe between letters, and leaves addresses as typed', () => {
    expect(frenchApostrophes("CU d'Alençon, L'Aigle, Saint-Germain-d'Anxure")).toBe('CU d’Alençon, L’Aigle, Saint-Germain-d’Anxure');
    expect(frenchApostrophes('déjà d’aplomb')).toBe('déjà d’aplomb');
    // Not between two letters: a quote, a foot mark, a closing quote stay.
    expect(frenchApostrophes("'cité' 5' x")).toBe("'cité' 5' x");
    expect(frenchApostrophes("écrire à o'brien@exemple.fr ou https://ex.fr/l'an")).toBe("écrire à o'brien@exemple.fr ou https://ex.fr/l'an");
  });

  it('changes the text of rendered HTML only, never a tag or an attribute', () => {
    const html = '<td title="L&#x27;Aigle">L&#x27;Aigle (61300)</td><a href="mailto:o&#x27;brien@exemple.fr">o&#x27;brien@exemple.fr</a><p>CU d\'Alençon</p>';
    expect(frenchApostrophesInHtml(html)).toBe(
      '<td title="L&#x27;Aigle">L’Aigle (61300)</td><a href="mailto:o&#x27;brien@exemple.fr">o&#x27;brien@exemple.fr</a><p>CU d’Alençon</p>',
    );
  });
});
