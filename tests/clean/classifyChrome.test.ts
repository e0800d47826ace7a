import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/clean/classifyChrome.ts';

describe('classifyChrome', () => {
  it.each([
    ['Advertisement', 'ad marker'],
    ['• 512 views', 'view counter'],
    ['Home | Lakes | Transport', 'navigation'],
    ['£7.40 ▼1.2%', 'price ticker'],
    ['Context', 'section label'],
    ['Share on Facebook and X', 'share prompt'],
    ['Topics: Lakes, Transport', 'tag line'],
    ['Published: 9 Jan. 2021, 07:00', 'published line'],
    ['Lakeside • Morning Star', 'outlet line'],
    ['The Morning StarPetra Novak', 'outlet line'],
    ['By Petra Novak', 'byline'],
    ['Petra Novak', 'byline'],
    ['Divers recover a boat from the lake. (Lakeside Police/X)', 'photo caption'],
    ['ⓒ The Lakeside Post, All rights reserved.', 'share prompt'],
    ['Reporting by Petra Novak and Ivo Marek. Editing by Jana Cole. © 2026 Lake Wire. All rights reserved.', 'byline'],
  ])('names %s as %s', (text, kind) => expect(classifyChrome(text)).toBe(kind));

  it.each([
    'The lake police recovered the boat on Sunday, a spokesperson said.',
    '“We will keep searching,” the chief said.',
    'By noon the divers had found the second boat as well.',
    'Reporting by the lake police showed the boat had sunk. The chief said the search would go on.',
  ])('leaves article text alone: %s', (text) => expect(classifyChrome(text)).toBeUndefined());
});
