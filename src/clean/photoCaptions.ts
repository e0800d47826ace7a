// Photo captions: a paragraph describing a picture, recognised by the credit that closes it or the words that open it.
import { CAPTION_OPENINGS, CREDIT_WORDS, PHOTO_CREDITS } from './boilerplateLexicon.ts';

const CREDITS = new Set(PHOTO_CREDITS);
/** "(Reuters)", "[YONHAP]": a credit in round or square brackets closing the paragraph. */
const CLOSING_PARENTHESES = /[([]([^()[\]]{1,80})[)\]]\s*\.?\s*$/;

export function isPhotoCaption(paragraph: string): boolean {
  const lower = paragraph.toLowerCase();
  if (CAPTION_OPENINGS.some((opening) => lower.startsWith(opening))) return true;
  const closing = CLOSING_PARENTHESES.exec(paragraph);
  if (closing && isCredit(closing[1])) return true;
  // "… at the ceremony. Getty Images" / "… Photo: Jane Doe/Agency" / "… November 19, 2026. REUTERS/Jane Doe".
  if (/\b\p{Lu}{2,}\/\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}\s*$/u.test(paragraph)) return true;
  // "X, right, and Y shake hands … in Tokyo, Saturday. Joint Press Corps": people placed in the picture, then a
  // credit of a few capitalised words after the last full stop.
  if (/, (left|right|center|centre|second (from )?(left|right)),/i.test(paragraph) && /\.\s+\p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*){0,4}$/u.test(paragraph)) return true;
  return /(getty images|\bphoto(graph)?:\s*[^.]{1,60}|\bcredit:\s*[^.]{1,60})\s*$/i.test(paragraph);
}

/** "Reuters", "AP Photo/Jane Doe", "ZelenskyyUa/X", "Photo: Ministry of Defence": who took or owns the picture. */
function isCredit(inside: string): boolean {
  const credit = inside.trim().toLowerCase();
  if (CREDITS.has(credit)) return true;
  // A source and a platform or photographer joined by a slash, with no spaces around it: "Name/X", "AP Photo/Jane Doe".
  const sides = inside.trim().split('/');
  if (sides.length === 2 && sides.every((side) => /^[\p{L}\p{N} .&'’-]{1,50}$/u.test(side) && /\p{L}/u.test(side))) return true;
  const words = credit.split(/[\s/:,]+/);
  return words.some((word) => CREDIT_WORDS.includes(word));
}
