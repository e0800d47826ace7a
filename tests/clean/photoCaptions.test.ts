import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from '../../src/clean/photoCaptions.ts';

describe('isPhotoCaption', () => {
  it.each([
    'Rescue workers search the rubble of a collapsed school on March 2, 2024. (CityRescue/X)',
    'Protesters gather outside the parliament building. (Reuters)',
    'Firefighters battle the blaze near the highway. (AP Photo/Jane Roe)',
    'A farmer inspects his flooded field. Getty Images',
    'The minister arrives for talks. (Photo: Ministry of Transport)',
    'In this photo taken on Friday, volunteers unload food parcels.',
    'Soldiers march past the stand in this photo released on Friday. [XINHUA]',
    'Mayor Ana Berg, right, and Governor Tomas Lind shake hands before their meeting in Bergen, Saturday. City Press Pool',
  ])('drops %s', (text) => expect(isPhotoCaption(text)).toBe(true));

  it.each([
    'The ministry said the deal had been signed (and ratified) last year.',
    'Exports grew in the 2023/24 season, the agency said.',
    'The council (which meets monthly) approved the budget.',
    'Sales fell sharply (2023/24)',
    'The court said the ruling [on appeal] stood.',
    'Mayor Ana Berg, right, said the deal was fair. Governor Tomas Lind agreed.',
  ])('keeps %s', (text) => expect(isPhotoCaption(text)).toBe(false));
});
