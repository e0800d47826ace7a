import { describe, expect, it } from 'vitest';
import { isByLine, isDatelineOutlet, isLonePersonName, outletOfDateline, splitGluedByline, splitDateline } from '../../src/clean/bylines.ts';

describe('bylines', () => {
  it('recognises "By …" lines but not sentences opening with "By"', () => {
    expect(isByLine('By Maria Lindqvist')).toBe(true);
    expect(isByLine('BY TOMAS REYES and ANNA KOWAL, Harbour Wire')).toBe(true);
    expect(isByLine('Reporting by Dmitri Olsen; Editing by Ruth Abara')).toBe(true);
    expect(isByLine('By the end of the week the river had fallen.')).toBe(false);
    expect(isByLine('Reporting by local media suggested the dam was weak.')).toBe(false);
    expect(isByLine('Pia Lund reported from Tromsø. Additional reporting by Ola Berg in Oslo. Editing by Kari Moe.')).toBe(true);
    expect(isByLine('Pia Lund reported from Tromsø that the ship had left.')).toBe(false);
  });

  it('recognises a credit line in brackets with the reporters’ cities, and a contribution from a city', () => {
    expect(isByLine('(Reporting by Ana Ruiz in Lima and Tom Berg in Oslo; Additional reporting by Li Na in Quito; Editing by Sam Cole)')).toBe(true);
    expect(isByLine('Wire writer Ida Holm contributed from Madrid.')).toBe(true);
    expect(isByLine('(Reporting by hand was slow in the flooded valleys, officials said, and the count was late.)')).toBe(false);
  });

  it('recognises a lone person name', () => {
    expect(isLonePersonName('Maria Lindqvist')).toBe(true);
    expect(isLonePersonName('Ludwig van Berkel')).toBe(true);
    expect(isLonePersonName('Maria Lindqvist reported.')).toBe(false);
    expect(isLonePersonName('Lindqvist')).toBe(false);
    expect(isLonePersonName('the harbour master')).toBe(false);
  });

  it('recognises a dateline with an outlet and returns the outlet', () => {
    expect(isDatelineOutlet('Riverside • Gazette')).toBe(true);
    expect(isDatelineOutlet('LONDON | Harbour Wire')).toBe(true);
    expect(isDatelineOutlet('Prices rose • again, said traders.')).toBe(false);
    expect(isDatelineOutlet('By Petra Novak | 5 October 2023')).toBe(false);
    expect(outletOfDateline('Riverside • Gazette')).toBe('Gazette');
  });

  it('splits an outlet glued to an author name', () => {
    expect(splitGluedByline('The Evening CourierMaria Lindqvist')).toEqual({ outlet: 'The Evening Courier', author: 'Maria Lindqvist' });
    expect(splitGluedByline('SportNews of the Week')).toBeUndefined();
    expect(splitGluedByline('McDonald visited the plant on Friday.')).toBeUndefined();
  });
});

describe('splitDateline', () => {
  it('takes the wire dateline that opens a story out of the text, keeping its city', () => {
    expect(splitDateline('DUBAI, United Arab Emirates (AP) — Iran on Monday rejected the offer.')).toEqual({ text: 'Iran on Monday rejected the offer.', city: 'Dubai', region: 'United Arab Emirates' });
    expect(splitDateline('WASHINGTON (Reuters) - The Senate voted on Tuesday.')).toEqual({ text: 'The Senate voted on Tuesday.', city: 'Washington' });
    expect(splitDateline('KYIV, Ukraine, June 2 (Reuters) - Drones struck the port.')).toEqual({ text: 'Drones struck the port.', city: 'Kyiv', region: 'Ukraine' });
    expect(splitDateline('PORT-AU-PRINCE, Haiti — Gangs blocked the road.')).toEqual({ text: 'Gangs blocked the road.', city: 'Port-Au-Prince', region: 'Haiti' });
    expect(splitDateline('LIMA/LA PAZ, Nov 3 (Reuters) - The two presidents met.')).toEqual({ text: 'The two presidents met.', city: 'Lima/La Paz' });
  });

  it('takes a dateline with its city in title case when a wire follows it in brackets', () => {
    expect(splitDateline('Sokoto (AFP) – Nigeria said on Monday it had closed the border.')).toEqual({ text: 'Nigeria said on Monday it had closed the border.', city: 'Sokoto' });
    expect(splitDateline('Port Louis, Mauritius (Reuters) - The talks resumed.')).toEqual({ text: 'The talks resumed.', city: 'Port Louis', region: 'Mauritius' });
    expect(splitDateline('BODØ (Arctic Courier): The coast guard detained a trawler.')).toEqual({ text: 'The coast guard detained a trawler.', city: 'Bodø' });
    expect(splitDateline('NATO (in brief): allies met.')).toEqual({ text: 'NATO (in brief): allies met.' });
    expect(splitDateline('Officials (some of them) – and others – met.')).toEqual({ text: 'Officials (some of them) – and others – met.' });
    expect(splitDateline('Nigeria - the largest economy - voted.')).toEqual({ text: 'Nigeria - the largest economy - voted.' });
  });

  it('reads the date of a dateline that states its year', () => {
    expect(splitDateline('LIMA, Nov 12, 2026 (EFE) - The talks resumed.')).toEqual({ text: 'The talks resumed.', city: 'Lima', date: '2026-11-12' });
    expect(splitDateline('LIMA, 12 November 2026 — The talks resumed.')).toEqual({ text: 'The talks resumed.', city: 'Lima', date: '2026-11-12' });
  });

  it('leaves sentences that only start with capitals alone', () => {
    for (const text of ['NATO allies met in Brussels on Monday.', 'US-China talks resumed — slowly — on Friday.', 'UN officials said aid had stalled.']) {
      expect(splitDateline(text)).toEqual({ text });
    }
  });
});

describe('contributor lines and wire photo credits', () => {
  it('treats "X contributed to this report." as a byline, and a caption closed by "REUTERS/Name" as a caption', async () => {
    const { isPhotoCaption } = await import('../../src/clean/photoCaptions.ts');
    expect(isByLine('Associated Press writer Lena Ortiz in Cairo contributed to this report.')).toBe(true);
    expect(isByLine('The ministry said the talks contributed to a calmer mood.')).toBe(false);
    expect(isPhotoCaption('Two presidents shake hands after signing the agreement in Washington, November 19, 2026. REUTERS/Ana Lind')).toBe(true);
    expect(isPhotoCaption('The agreement was signed in Washington by the NATO/EU envoys on Friday.')).toBe(false);
  });
});
