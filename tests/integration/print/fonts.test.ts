import { describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../../electron/main/print/fonts';

describe('print fonts', () => {
  it('every shipped cut is inlined as woff2 data', () => {
    const css = fontFaceCss();
    expect(css.match(/@font-face/g)).toHaveLength(7);
    expect(css).toContain("font-family:'Source Sans 3';font-style:normal;font-weight:400");
    expect(css).toContain('src:url(data:font/woff2;base64,');
  });
});
