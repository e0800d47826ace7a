// Text folded for comparing and searching: accents dropped, lower case, anything but letters and digits one space.
// Shared by the cleaner (a paragraph against a headline) and the viewer's search box.

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
