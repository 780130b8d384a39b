/**
 * Converts full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII, so input
 * typed with a Chinese IME in full-width mode (１２３，ｘ) is read the same as half-width input.
 */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
