// Prepositions that make the name after them an object, not the one acting or speaking ("the war against Ukraine",
// "of the Workers' Party"). The common English prepositions of news prose.
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'of', 'to', 'for', 'by', 'from', 'with', 'at', 'on', 'against', 'alongside', 'into', 'between', 'about',
  'than', 'over', 'under', 'among', 'towards', 'toward', 'along', 'across', 'through', 'near',
]);
